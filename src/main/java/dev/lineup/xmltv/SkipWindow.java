package dev.lineup.xmltv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The window of a guide's bytes that the byte-level skip ({@link ProgrammeSkipper}) works in: what it has read and
 * not yet handed on, refilled from the input as it moves on.
 */
abstract class SkipWindow extends BlockInputStream {
    static final int MAX_MARKUP = 1 << 20;

    private final InputStream in;
    byte[] buf = new byte[1 << 16];
    int pos;
    int limit;
    boolean eof;
    /** Bytes {@code [pos, emitEnd)} are handed on as they are. */
    int emitEnd;
    /** Where {@code buf[0]} is in the input, in bytes from its start. */
    long base;

    SkipWindow(InputStream in) {
        this.in = in;
    }

    /** Whether the bytes at {@code nameStart} are the element name {@code name}, ended. */
    boolean isName(int nameStart, byte[] name) {
        int after = nameStart + name.length;
        if (after >= limit || !Arrays.equals(buf, nameStart, after, name, 0, name.length)) {
            return false;
        }
        byte c = buf[after];
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/';
    }

    /** Moves past whitespace, counting its line breaks in {@code lines}. */
    void skipWhitespace(LineBreakScanner lines) throws IOException {
        while (true) {
            while (pos < limit && Markup.isSpace(buf[pos])) {
                lines.countByte(buf[pos]);
                pos++;
            }
            if (pos < limit || !more()) {
                return;
            }
        }
    }

    /** The document is UTF-8 (or ASCII): no other byte order mark, no other declared encoding. */
    boolean isUtf8Document() throws IOException {
        while (limit - pos < 256 && !eof) {
            more();
        }
        return Bytes.isUtf8Document(buf, pos, limit);
    }

    /** Reads more: keeps {@code [pos, limit)} (moved to the start), grows up to {@link #MAX_MARKUP}. */
    boolean more() throws IOException {
        if (eof) {
            return false;
        }
        int kept = limit - pos;
        if (kept == buf.length) {
            if (buf.length >= MAX_MARKUP) {
                return false;
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        System.arraycopy(buf, pos, buf, 0, kept);
        emitEnd = Math.max(0, emitEnd - pos);
        base += pos;
        pos = 0;
        limit = kept;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
