package dev.lineup.xmltv;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * A growable char buffer that knows XML escaping. Whole elements are built here before they go out, so a
 * programme's children can be put back into DTD order and a duplicated channel's body reused.
 *
 * <p>Text and attribute values drop what XML 1.0 cannot carry at all (control characters other than tab,
 * newline and return; U+FFFE, U+FFFF; lone surrogates): provider and user names sometimes hold them,
 * and one would make the whole guide unreadable for players and for our own reader.
 */
final class XmlSink {
    private char[] buf;
    private int len;

    XmlSink(int capacity) {
        buf = new char[capacity];
    }

    int length() {
        return len;
    }

    void truncate(int length) {
        len = length;
    }

    XmlSink raw(String s) {
        int n = s.length();
        ensure(n);
        s.getChars(0, n, buf, len);
        len += n;
        return this;
    }

    XmlSink raw(char c) {
        ensure(1);
        buf[len++] = c;
        return this;
    }

    /** Copies chars [from, to) of another sink (or of this one, from a region already written). */
    void append(XmlSink from, int start, int end) {
        int n = end - start;
        ensure(n);
        System.arraycopy(from.buf, start, buf, len, n);
        len += n;
    }

    /** A newline and two spaces per level, the layout every element of our output gets. */
    void indent(int level) {
        ensure(1 + 2 * level);
        buf[len++] = '\n';
        for (int i = 0; i < 2 * level; i++) {
            buf[len++] = ' ';
        }
    }

    void text(String s) {
        text(s.toCharArray(), 0, s.length());
    }

    void text(char[] c, int off, int n) {
        ensure(n);
        int end = off + n;
        for (int i = off; i < end; i++) {
            char ch = c[i];
            switch (ch) {
                case '&' -> raw("&amp;");
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '\r' -> raw("&#13;");
                default -> {
                    if (ch < 0x20 || ch >= 0xD800) {
                        i += copyIfLegal(ch, i + 1 < end ? c[i + 1] : -1) - 1;
                    } else {
                        ensure(1);
                        buf[len++] = ch;
                    }
                }
            }
        }
    }

    /**
     * Copies {@code ch} (with {@code next} when the two are a surrogate pair; {@code next} is -1 at the end)
     * when XML 1.0 allows it; returns how many chars were consumed.
     */
    private int copyIfLegal(char ch, int next) {
        if (Character.isHighSurrogate(ch) && next >= 0 && Character.isLowSurrogate((char) next)) {
            ensure(2);
            buf[len++] = ch;
            buf[len++] = (char) next;
            return 2;
        }
        boolean legal = ch == '\t' || ch == '\n' || (ch >= 0xE000 && ch <= 0xFFFD);
        if (legal) {
            ensure(1);
            buf[len++] = ch;
        }
        return 1;
    }

    /** Writes {@code  name="value"}, escaping what an attribute value needs escaped. */
    void attribute(String name, String value) {
        raw(' ').raw(name).raw("=\"");
        int n = value.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> raw("&amp;");
                case '<' -> raw("&lt;");
                case '"' -> raw("&quot;");
                case '\n' -> raw("&#10;");
                case '\r' -> raw("&#13;");
                case '\t' -> raw("&#9;");
                default -> {
                    if (ch < 0x20 || ch >= 0xD800) {
                        i += copyIfLegal(ch, i + 1 < n ? value.charAt(i + 1) : -1) - 1;
                    } else {
                        ensure(1);
                        buf[len++] = ch;
                    }
                }
            }
        }
        raw('"');
    }

    /** Sends everything to the writer and empties the sink. */
    void drainTo(Writer w) throws IOException {
        w.write(buf, 0, len);
        len = 0;
    }

    /** Reorders regions [starts[i], ends[i]) of this sink, all after {@code from}, into the given order. */
    void reorder(int from, int[] starts, int[] ends, Integer[] order) {
        char[] copy = Arrays.copyOfRange(buf, from, len);
        len = from;
        for (Integer i : order) {
            int n = ends[i] - starts[i];
            ensure(n);
            System.arraycopy(copy, starts[i] - from, buf, len, n);
            len += n;
        }
    }

    @Override
    public String toString() {
        return new String(buf, 0, len);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
