package dev.lineup.xmltv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds, on the bytes of a UTF-8 guide, a {@code <programme>} that {@link ProgrammeWriter} would write out byte
 * for byte as it stands: children the DTD knows, in its order, indented two spaces a level, attributes
 * {@code name="value"} with one space before each, text and values escaped as our writer escapes them, well-formed
 * UTF-8 of characters XML allows, no comments, CDATA, processing instructions, carriage returns or empty
 * {@code <x></x>} pairs. Such a programme can be copied as bytes instead of being parsed and written again
 * ({@link ProgrammeSkipper}); anything else is "not verbatim" and goes through the parser as before, which also
 * reports what is wrong with it. The programme's start-tag values it needs ({@code channel}, {@code start},
 * {@code stop}) are decoded only after the shape is known to be verbatim.
 */
final class VerbatimProgramme {
    /** The bytes at the start are not a verbatim programme. */
    static final int NOT_VERBATIM = -1;
    /** The programme does not end within the bytes given: ask again with more. */
    static final int NEED_MORE = -2;
    /** Deepest element level copied as bytes (the programme is level 1); deeper goes to the parser. */
    private static final int MAX_LEVEL = 8;
    private static final byte[] PROGRAMME_END = "</programme>".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ATTRIBUTES = 16;

    private final int[] attrFrom = new int[MAX_ATTRIBUTES];
    private final int[] attrTo = new int[MAX_ATTRIBUTES];
    private byte[] b;
    private int limit;
    /** The programme start tag's values (quotes excluded), -1 when absent. */
    private int channelFrom;
    private int channelTo;
    private int startFrom;
    private int startTo;
    private int stopFrom;
    private int stopTo;
    /** Whether the start tag holds pdc-start or vps-start, which a writer rewrites unless canonical. */
    private boolean otherTimes;

    /**
     * Scans the programme whose start tag begins with {@code '<'} at {@code at}; returns the index just past its
     * end tag, {@link #NOT_VERBATIM} or {@link #NEED_MORE}.
     */
    int scan(byte[] bytes, int at, int end) {
        b = bytes;
        limit = end;
        channelFrom = startFrom = stopFrom = -1;
        otherTimes = false;
        int i = tag(at, 1);
        if (i < 0) {
            return i;
        }
        if (b[i - 2] == '/') {
            return NOT_VERBATIM; // <programme .../> is written with an end tag
        }
        int lastRank = -1;
        while (true) {
            int spaces = indent(i);
            if (spaces < 0) {
                return spaces;
            }
            int next = i + 1 + spaces;
            if (next + 1 >= limit) {
                return NEED_MORE;
            }
            if (spaces == 2 && b[next] == '<' && b[next + 1] == '/') {
                return endTag(next, PROGRAMME_END);
            }
            if (spaces != 4 || b[next] != '<' || !isNameStart(b[next + 1])) {
                return NOT_VERBATIM;
            }
            int nameEnd = nameEnd(next + 1);
            if (nameEnd < 0) {
                return nameEnd;
            }
            int rank = DtdOrder.programmeRank(new String(b, next + 1, nameEnd - next - 1, StandardCharsets.US_ASCII));
            if (rank == DtdOrder.UNKNOWN || rank < lastRank) {
                return NOT_VERBATIM; // left out or reordered by the writer
            }
            lastRank = rank;
            i = element(next, 2);
            if (i < 0) {
                return i;
            }
        }
    }

    /** The {@code channel} value; null when absent or holding an entity reference (then the parser decides). */
    String channel() {
        if (channelFrom < 0 || Bytes.indexOf(b, (byte) '&', channelFrom, channelTo) >= 0) {
            return null;
        }
        return new String(b, channelFrom, channelTo - channelFrom, StandardCharsets.UTF_8);
    }

    String start() {
        return startFrom < 0 ? null : new String(b, startFrom, startTo - startFrom, StandardCharsets.US_ASCII);
    }

    String stop() {
        return stopFrom < 0 ? null : new String(b, stopFrom, stopTo - stopFrom, StandardCharsets.US_ASCII);
    }

    boolean hasOtherTimes() {
        return otherTimes;
    }

    /** The element at {@code at} (level {@code level}, not the programme); index past its end, or a verdict. */
    private int element(int at, int level) {
        if (level > MAX_LEVEL) {
            return NOT_VERBATIM;
        }
        int i = tag(at, level);
        if (i < 0 || b[i - 2] == '/') {
            return i;
        }
        int nameFrom = at + 1;
        int nameTo = nameEnd(nameFrom);
        int spaces = indent(i);
        if (spaces == NEED_MORE) {
            return NEED_MORE;
        }
        int child = i + 1 + spaces;
        if (spaces == 2 * (level + 1) && child + 1 < limit && b[child] == '<' && b[child + 1] != '/') {
            // children, each on its own line one level deeper, then the end tag on a line of its own
            while (true) {
                if (!isNameStart(b[child + 1])) {
                    return NOT_VERBATIM;
                }
                i = element(child, level + 1);
                if (i < 0) {
                    return i;
                }
                spaces = indent(i);
                if (spaces < 0) {
                    return spaces;
                }
                child = i + 1 + spaces;
                if (child + 1 >= limit) {
                    return NEED_MORE;
                }
                if (b[child] != '<') {
                    return NOT_VERBATIM;
                }
                if (b[child + 1] == '/') {
                    return spaces == 2 * level ? endTag(child, nameFrom, nameTo) : NOT_VERBATIM;
                }
                if (spaces != 2 * (level + 1)) {
                    return NOT_VERBATIM;
                }
            }
        }
        // text only (a leaf): escaped as the writer escapes it; <x></x> would be written <x/>
        int textEnd = text(i);
        if (textEnd < 0) {
            return textEnd;
        }
        return textEnd == i ? NOT_VERBATIM : endTag(textEnd, nameFrom, nameTo);
    }

    /**
     * A start tag at {@code at}: name, attributes, then {@code >} or {@code />}; returns the index past it. At
     * level 1 (the programme) notes the values a writer looks at.
     */
    private int tag(int at, int level) {
        int i = nameEnd(at + 1);
        if (i < 0) {
            return i;
        }
        int count = 0;
        while (true) {
            if (i >= limit) {
                return NEED_MORE;
            }
            byte c = b[i];
            if (c == '>') {
                return i + 1;
            }
            if (c == '/') {
                if (i + 1 >= limit) {
                    return NEED_MORE;
                }
                return b[i + 1] == '>' ? i + 2 : NOT_VERBATIM;
            }
            if (c != ' ' || i + 1 >= limit || !isNameStart(b[i + 1]) || count == MAX_ATTRIBUTES) {
                return i + 1 >= limit ? NEED_MORE : NOT_VERBATIM;
            }
            int name = i + 1;
            int nameTo = nameEnd(name);
            if (nameTo < 0) {
                return nameTo;
            }
            if (nameTo + 1 >= limit) {
                return NEED_MORE;
            }
            if (b[nameTo] != '=' || b[nameTo + 1] != '"') {
                return NOT_VERBATIM;
            }
            for (int k = 0; k < count; k++) {
                if (Arrays.equals(b, attrFrom[k], attrTo[k], b, name, nameTo)) {
                    return NOT_VERBATIM; // a duplicate attribute: the parser's error to report
                }
            }
            attrFrom[count] = name;
            attrTo[count++] = nameTo;
            int value = nameTo + 2;
            int close = value(value);
            if (close < 0) {
                return close;
            }
            if (level == 1) {
                noteProgrammeAttribute(name, nameTo, value, close);
            }
            i = close + 1;
        }
    }

    private void noteProgrammeAttribute(int name, int nameTo, int value, int close) {
        if (is(name, nameTo, "channel")) {
            channelFrom = value;
            channelTo = close;
        } else if (is(name, nameTo, "start")) {
            startFrom = value;
            startTo = close;
        } else if (is(name, nameTo, "stop")) {
            stopFrom = value;
            stopTo = close;
        } else if (is(name, nameTo, "pdc-start") || is(name, nameTo, "vps-start")) {
            otherTimes = true;
        }
    }

    private boolean is(int from, int to, String name) {
        return to - from == name.length() && Markup.startsWith(b, to, from, name);
    }

    /** An attribute value from {@code i} to its closing quote; returns the quote's index. */
    private int value(int i) {
        int max = Math.min(limit, i + SafeXml.MAX_ATTRIBUTE_CHARS);
        while (i < max) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c == '&') {
                int n = entity(i, "&amp;", "&lt;", "&quot;");
                if (n < 0) {
                    return n;
                }
                i += n;
            } else if (c >= 0x20 && c != '<' && c != '>') {
                i++; // '>' is legal in a value, but no '?>' may reach the parser inside our instruction
            } else if (c < 0) {
                int n = utf8(i);
                if (n < 0) {
                    return n;
                }
                i += n;
            } else {
                return NOT_VERBATIM; // tab, line break, control: normalized or refused by the parser
            }
        }
        return max == limit ? NEED_MORE : NOT_VERBATIM;
    }

    /** Text from {@code i} up to the next {@code '<'}; returns that index. */
    private int text(int i) {
        while (i < limit) {
            byte c = b[i];
            if (c == '<') {
                return i;
            }
            if (c == '&') {
                int n = entity(i, "&amp;", "&lt;", "&gt;");
                if (n < 0) {
                    return n;
                }
                i += n;
            } else if (c >= 0x20 && c != '>' || c == '\n' || c == '\t') {
                i++;
            } else if (c < 0) {
                int n = utf8(i);
                if (n < 0) {
                    return n;
                }
                i += n;
            } else {
                return NOT_VERBATIM; // '>' and CR are written escaped; controls are left out
            }
        }
        return NEED_MORE;
    }

    /** Length of whichever of the entity references stands at {@code i}, else a verdict. */
    private int entity(int i, String... allowed) {
        for (String e : allowed) {
            if (Markup.startsWith(b, limit, i, e)) {
                return e.length();
            }
        }
        return limit - i < 6 ? NEED_MORE : NOT_VERBATIM;
    }

    /**
     * Length of the well-formed UTF-8 sequence at {@code i} of a character XML allows (no surrogates, no U+FFFE
     * or U+FFFF), else a verdict.
     */
    private int utf8(int i) {
        int c = b[i] & 0xff;
        int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (n == 0 || c > 0xF4) {
            return NOT_VERBATIM;
        }
        if (i + n > limit) {
            return NEED_MORE;
        }
        for (int k = 1; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return NOT_VERBATIM;
            }
        }
        int c1 = b[i + 1] & 0xff;
        if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 >= 0xA0 || c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 >= 0x90
                || c == 0xEF && c1 == 0xBF && (b[i + 2] & 0xff) >= 0xBE) {
            return NOT_VERBATIM; // overlong, surrogate, past U+10FFFF, or U+FFFE/U+FFFF
        }
        return n;
    }

    /** Spaces after a line break at {@code i}, or a verdict. */
    private int indent(int i) {
        if (i >= limit) {
            return NEED_MORE;
        }
        if (b[i] != '\n') {
            return NOT_VERBATIM;
        }
        int k = i + 1;
        while (k < limit && b[k] == ' ') {
            k++;
        }
        return k == limit ? NEED_MORE : k - i - 1;
    }

    private int endTag(int at, byte[] expected) {
        if (at + expected.length > limit) {
            return NEED_MORE;
        }
        return Arrays.equals(b, at, at + expected.length, expected, 0, expected.length)
                ? at + expected.length : NOT_VERBATIM;
    }

    /** {@code </name>} at {@code at}, where name is {@code b[nameFrom, nameTo)}. */
    private int endTag(int at, int nameFrom, int nameTo) {
        int n = nameTo - nameFrom;
        if (at + n + 3 > limit) {
            return NEED_MORE;
        }
        return b[at] == '<' && b[at + 1] == '/' && Arrays.equals(b, at + 2, at + 2 + n, b, nameFrom, nameTo)
                && b[at + 2 + n] == '>' ? at + n + 3 : NOT_VERBATIM;
    }

    /** End of an ASCII name ({@code [A-Za-z][A-Za-z0-9._-]*}) starting at {@code i}, or a verdict. */
    private int nameEnd(int i) {
        if (i >= limit) {
            return NEED_MORE;
        }
        if (!isNameStart(b[i])) {
            return NOT_VERBATIM;
        }
        for (i++; i < limit; i++) {
            byte c = b[i];
            if (!isNameStart(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '_') {
                return c == ' ' || c == '>' || c == '/' || c == '=' ? i : NOT_VERBATIM;
            }
        }
        return NEED_MORE;
    }

    private static boolean isNameStart(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
