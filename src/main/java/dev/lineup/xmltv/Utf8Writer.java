package dev.lineup.xmltv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The filtered guide's output: characters encoded as UTF-8 (the same bytes an {@code OutputStreamWriter} writes)
 * and, in the same order, bytes copied as they stand ({@link VerbatimCopies}), through one buffer, so a copied
 * programme costs neither a decode nor an encode nor a flush of the stream beneath.
 */
final class Utf8Writer extends Writer implements VerbatimCopies.ByteSink {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int len;
    /** A high surrogate that ended the last call: its pair comes first in the next. */
    private int pendingHigh = -1;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] c, int off, int n) throws IOException {
        int end = off + n;
        int i = off;
        if (pendingHigh >= 0 && i < end) {
            char high = (char) pendingHigh;
            pendingHigh = -1;
            if (Character.isLowSurrogate(c[i])) {
                codePoint(Character.toCodePoint(high, c[i++]));
            } else {
                room(1);
                buf[len++] = '?';
            }
        }
        while (i < end) {
            // most of a guide is ASCII: copy runs of it until the buffer is full or a wider character comes
            int stop = Math.min(end, i + buf.length - len);
            char ch;
            while (i < stop && (ch = c[i]) < 0x80) {
                buf[len++] = (byte) ch;
                i++;
            }
            if (i == end) {
                break;
            }
            room(4);
            ch = c[i];
            if (ch < 0x80) {
                continue; // the buffer was full
            }
            i++;
            if (ch < 0x800) {
                buf[len++] = (byte) (0xC0 | ch >> 6);
                buf[len++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                buf[len++] = (byte) (0xE0 | ch >> 12);
                buf[len++] = (byte) (0x80 | ch >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i == end) {
                pendingHigh = ch;
            } else if (Character.isHighSurrogate(ch) && Character.isLowSurrogate(c[i])) {
                codePoint(Character.toCodePoint(ch, c[i++]));
            } else {
                buf[len++] = '?'; // a lone surrogate: what OutputStreamWriter writes for it
            }
        }
    }

    /** Copies bytes as they stand (a whole programme of the guide, already UTF-8). */
    @Override
    public void write(byte[] b, int off, int n) throws IOException {
        if (n > buf.length - len) {
            drain();
            if (n > buf.length) {
                out.write(b, off, n);
                return;
            }
        }
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    private void codePoint(int cp) throws IOException {
        room(4);
        buf[len++] = (byte) (0xF0 | cp >> 18);
        buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[len++] = (byte) (0x80 | cp & 0x3F);
    }

    private void room(int n) throws IOException {
        if (buf.length - len < n) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    @Override
    public void flush() throws IOException {
        if (pendingHigh >= 0) {
            pendingHigh = -1;
            room(1);
            buf[len++] = '?';
        }
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
