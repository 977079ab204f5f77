package dev.lineup.m3u;

/** Character-range tests on a line buffer; static and allocation-free, so the reader's hot loop stays cheap. */
final class Lines {
    private Lines() {
    }

    static int indexOf(char[] b, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static String trimmed(LineBuffer l, int from, int to) {
        while (from < to && l.buf[from] <= ' ') {
            from++;
        }
        while (to > from && l.buf[to - 1] <= ' ') {
            to--;
        }
        return l.text(from, to);
    }

    /**
     * A tag is {@code #NAME:...} (a letter, then letters, digits, '-' and '_') or a bare upper-case {@code #NAME}; anything
     * else after '#' ({@code # comment}, {@code #====}) is a comment.
     */
    static boolean isTag(char[] b, int from, int to) {
        int i = from + 1;
        if (i >= to || !((b[i] >= 'A' && b[i] <= 'Z') || (b[i] >= 'a' && b[i] <= 'z'))) {
            return false;
        }
        boolean upper = true;
        while (i < to) {
            char c = b[i];
            if (c == ':') {
                return i > from + 1;
            }
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!letter && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                return false;
            }
            upper &= !(c >= 'a' && c <= 'z');
            i++;
        }
        return upper && i > from + 1;
    }

    /** {@code scheme://} at the start, as a bare line without {@code #EXTINF} must have to count as an entry. */
    static boolean hasScheme(char[] b, int from, int to) {
        int i = from;
        while (i < to && (Character.isLetterOrDigit(b[i]) || b[i] == '+' || b[i] == '.' || b[i] == '-')) {
            i++;
        }
        return i > from && Character.isLetter(b[from]) && i + 2 < to && b[i] == ':' && b[i + 1] == '/'
                && b[i + 2] == '/';
    }

    /**
     * Whether a line can be the URL of an entry: it starts like a URL or a path (not with '=', '*', '-', …:
     * separators such as {@code =====sudan=====} are common), has no control characters, and has no spaces
     * unless it is a local path (players take {@code /media/My Videos/x.mp4} but no network URL with a space).
     */
    static boolean isUrl(char[] b, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c0 = b[from];
        if (!(Character.isLetterOrDigit(c0) || c0 == '/' || c0 == '\\' || c0 == '.' || c0 == '~' || c0 == '_'
                || c0 == '%')) {
            return false;
        }
        boolean localPath = c0 == '/' || c0 == '\\' || (to - from > 2 && Character.isLetter(c0) && b[from + 1] == ':'
                && (b[from + 2] == '\\' || b[from + 2] == '/')) || regionStartsWith(b, from, to, "file:");
        for (int i = from; i < to; i++) {
            char c = b[i];
            if (c < ' ' || c == 0x7f || (c == ' ' && !localPath)) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionStartsWith(char[] b, int from, int to, String prefix) {
        return to - from >= prefix.length() && AttributeScanner.regionEquals(b, from, prefix);
    }
}
