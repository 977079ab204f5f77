package dev.lineup.m3u;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array that the copy path assembles output lines in; reused from entry to entry. */
final class ByteSink {
    byte[] buf = new byte[512];
    int len;

    void reset() {
        len = 0;
    }

    void add(byte c) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = c;
    }

    /** Appends {@code s}, which is ASCII. */
    void ascii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    void raw(byte[] b, int from, int to) {
        int n = to - from;
        room(n);
        System.arraycopy(b, from, buf, len, n);
        len += n;
    }

    /**
     * Appends text read from a UTF-8 line as the text path writes it: well-formed bytes are copied as they are;
     * a malformed sequence becomes U+FFFD exactly as decoding and encoding again would make it.
     */
    void text(byte[] b, int from, int to) {
        text(b, from, to, Utf8.isWellFormed(b, from, to));
    }

    /** As {@link #text(byte[], int, int)}, when the caller already knows whether the bytes are well-formed. */
    void text(byte[] b, int from, int to, boolean wellFormed) {
        if (wellFormed) {
            raw(b, from, to);
        } else {
            byte[] again = new String(b, from, to - from, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            raw(again, 0, again.length);
        }
    }

    /** Replaces every {@code from} byte (ASCII) written since {@code start} with {@code to}. */
    void replace(int start, byte from, byte to) {
        for (int i = start; i < len; i++) {
            if (buf[i] == from) {
                buf[i] = to;
            }
        }
    }

    /** Makes room for {@code n} more bytes at {@code buf[len]}. */
    void room(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }
}
