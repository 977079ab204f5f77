package dev.lineup.xmltv;

/**
 * One pass over a programme start tag on the skip thread ({@link ProgrammeSkipper}): finds where the tag ends,
 * where its {@code channel} value is and how many line breaks it holds, instead of three scans (the end of the
 * markup, the attributes, the line breaks) over every dropped programme's tag. It reads only plain tags,
 * {@code name="value"} pairs separated by whitespace; anything else (a quote or bracket in a name, a stray
 * byte, a tag cut by the buffer's end) answers {@link #scan} false and the caller takes the general path, so
 * the outcome is always that of {@link Markup#end} and the general attribute reading.
 */
final class ProgrammeStartTag {
    private static final int NAME_START = 1 + "programme".length();
    private static final byte[] CHANNEL = {'c', 'h', 'a', 'n', 'n', 'e', 'l'};

    /** Index just past the tag's {@code '>'}. */
    int end;
    /** The first {@code channel} value, {@code [channelFrom, channelTo)}; -1: no channel attribute. */
    int channelFrom;
    int channelTo;
    /** The value holds an entity or whitespace the parser normalizes: the parser must read it. */
    boolean channelNeedsParser;
    /** Line breaks (LF, CRLF, lone CR) inside the tag. */
    int lineBreaks;

    /** Reads the programme start tag at {@code lt} (its name already checked) in {@code b[lt, limit)}. */
    boolean scan(byte[] b, int lt, int limit) {
        channelFrom = -1;
        channelTo = -1;
        channelNeedsParser = false;
        lineBreaks = 0;
        boolean afterCr = false;
        int i = lt + NAME_START;
        while (true) {
            // whitespace, then the tag's end or an attribute
            boolean space = false;
            for (; i < limit; i++) {
                byte c = b[i];
                if (c == '\n') {
                    lineBreaks += afterCr ? 0 : 1;
                    afterCr = false;
                } else if (c == '\r') {
                    lineBreaks++;
                    afterCr = true;
                } else if (c == ' ' || c == '\t') {
                    afterCr = false;
                } else {
                    break;
                }
                space = true;
            }
            if (i >= limit) {
                return false;
            }
            byte c = b[i];
            if (c == '>') {
                end = i + 1;
                return true;
            }
            if (c == '/') {
                if (i + 1 < limit && b[i + 1] == '>') {
                    end = i + 2;
                    return true;
                }
                return false;
            }
            if (!space) {
                return false;
            }
            int nameStart = i;
            for (; i < limit; i++) {
                c = b[i];
                if (c == '=') {
                    break;
                }
                if (c <= ' ' || c == '"' || c == '\'' || c == '[' || c == ']' || c == '<' || c == '>'
                        || c == '/') {
                    return false;
                }
            }
            if (i + 1 >= limit || i == nameStart) {
                return false;
            }
            int nameEnd = i;
            byte quote = b[++i];
            if (quote != '"' && quote != '\'') {
                return false;
            }
            int valueStart = ++i;
            boolean needsParser = false;
            for (; i < limit; i++) {
                c = b[i];
                if (c == quote) {
                    break;
                }
                if (c == '\n') {
                    lineBreaks += afterCr ? 0 : 1;
                    needsParser = true;
                } else if (c == '\r') {
                    lineBreaks++;
                    needsParser = true;
                } else if (c == '&' || c == '\t' || c == '<') {
                    needsParser = true;
                }
                afterCr = c == '\r';
            }
            if (i >= limit) {
                return false;
            }
            afterCr = false;
            if (channelFrom < 0 && isChannel(b, nameStart, nameEnd)) {
                channelFrom = valueStart;
                channelTo = i;
                channelNeedsParser = needsParser;
            }
            i++;
        }
    }

    /** After {@link #scan}: whether the tag names a channel that is not kept (unsure: kept). */
    boolean drops(byte[] b, DroppedChannels dropped) {
        return channelFrom >= 0 && !channelNeedsParser && dropped.drops(b, channelFrom, channelTo);
    }

    /**
     * The general reading, for a tag {@link #scan} declined: whether the programme start tag {@code b[from, to)}
     * names a channel that is not kept (unsure: kept).
     */
    static boolean drops(byte[] buf, int limit, int from, int to, DroppedChannels dropped) {
        int i = from + NAME_START;
        while (i < to) {
            while (i < to && Markup.isSpace(buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < to && buf[i] != '=' && !Markup.isSpace(buf[i]) && buf[i] != '>' && buf[i] != '/') {
                i++;
            }
            int nameEnd = i;
            while (i < to && Markup.isSpace(buf[i])) {
                i++;
            }
            if (nameEnd == nameStart || i >= to || buf[i] != '=') {
                return false;
            }
            i++;
            while (i < to && Markup.isSpace(buf[i])) {
                i++;
            }
            if (i >= to || (buf[i] != '"' && buf[i] != '\'')) {
                return false;
            }
            int close = Bytes.indexOf(buf, buf[i], i + 1, to);
            if (close < 0) {
                return false;
            }
            if (nameEnd - nameStart == 7 && Markup.startsWith(buf, limit, nameStart, "channel")) {
                for (int k = i + 1; k < close; k++) {
                    byte c = buf[k];
                    if (c == '&' || c == '\n' || c == '\r' || c == '\t' || c == '<') {
                        return false; // entities and normalized whitespace: the parser's job
                    }
                }
                return dropped.drops(buf, i + 1, close);
            }
            i = close + 1;
        }
        return false; // no channel attribute: the parser's path reports and drops it
    }

    private static boolean isChannel(byte[] b, int from, int to) {
        return to - from == CHANNEL.length && java.util.Arrays.equals(b, from, to, CHANNEL, 0, CHANNEL.length);
    }
}
