package dev.lineup.xmltv;

/**
 * Where XML markup constructs end, found on the bytes of a UTF-8 (or ASCII) document, whose markup is ASCII:
 * the guide fast path's ({@link ProgrammeSkipper}) view of tags, comments, CDATA sections and processing
 * instructions. Every method looks only at {@code b[0, limit)}.
 */
final class Markup {
    private Markup() {
    }

    /**
     * Index just past the construct starting at {@code '<'} at {@code at}, or -1 if not all of it is in
     * {@code b[at, limit)}; {@code eof} says no more bytes will come.
     */
    static int end(byte[] b, int limit, boolean eof, int at) {
        if (limit - at < 9 && !eof) {
            return -1; // too short to tell a comment or CDATA from a tag yet
        }
        if (startsWith(b, limit, at, "<!--")) {
            int e = indexOf(b, limit, "-->", at + 4);
            return e < 0 ? -1 : e + 3;
        }
        if (startsWith(b, limit, at, "<![CDATA[")) {
            int e = indexOf(b, limit, "]]>", at + 9);
            return e < 0 ? -1 : e + 3;
        }
        if (startsWith(b, limit, at, "<?")) {
            int e = indexOf(b, limit, "?>", at + 2);
            return e < 0 ? -1 : e + 2;
        }
        // a tag or a declaration: '>' outside quotes (and, for a DOCTYPE, outside its [internal subset])
        byte quote = 0;
        int brackets = 0;
        for (int i = at + 1; i < limit; i++) {
            byte c = b[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '>' && brackets <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Whether a declaration {@code b[from, to)} of the prolog may make a parser read the document otherwise than
     * its bytes say: an internal DTD subset (entities, default attributes) or XML 1.1 (more line breaks).
     */
    static boolean changesMeaning(byte[] b, int from, int to) {
        if (startsWith(b, to, from, "<!DOCTYPE")) {
            return Bytes.indexOf(b, (byte) '[', from, to) >= 0;
        }
        if (startsWith(b, to, from, "<?xml")) {
            for (int i = from; i + 3 <= to; i++) {
                if (b[i] == '1' && b[i + 1] == '.' && b[i + 2] != '0') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Index just past the end tag at {@code at} if it is plain (no quote, bracket or line break before its
     * {@code '>'}) and all in {@code b[at, limit)}; else -1 and {@link #end} decides. The skip thread meets
     * millions of them.
     */
    static int plainEndTag(byte[] b, int at, int limit) {
        for (int i = at + 2; i < limit; i++) {
            byte c = b[i];
            if (c == '>') {
                return i + 1;
            }
            if (c == '"' || c == '\'' || c == '[' || c == ']' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code b[at, limit)} starts with the ASCII text {@code s}. */
    static boolean startsWith(byte[] b, int limit, int at, String s) {
        if (limit - at < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int limit, String s, int from) {
        byte first = (byte) s.charAt(0);
        for (int i = from; i <= limit - s.length(); i++) {
            if (b[i] == first && startsWith(b, limit, i, s)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
