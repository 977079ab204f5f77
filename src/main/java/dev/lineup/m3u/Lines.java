package dev.lineup.m3u;

import java.nio.charset.StandardCharsets;

/**
 * Byte-range tests on a line buffer of UTF-8; static and allocation-free, so the reader's hot loop stays cheap.
 * A byte of a multi-byte character is negative as a Java byte, never equal to an ASCII character.
 */
final class Lines {
    private Lines() {
    }

    /** ASCII space or control: what trimming removes (no byte of a multi-byte character is one). */
    static boolean isSpace(byte b) {
        return b >= 0 && b <= ' ';
    }

    static int indexOf(byte[] b, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A tag is {@code #NAME:...} (a letter, then letters, digits, '-' and '_') or a bare upper-case {@code #NAME}; anything
     * else after '#' ({@code # comment}, {@code #====}) is a comment.
     */
    static boolean isTag(byte[] b, int from, int to) {
        int i = from + 1;
        if (i >= to || !isAsciiLetter(b[i])) {
            return false;
        }
        boolean upper = true;
        while (i < to) {
            byte c = b[i];
            if (c == ':') {
                return i > from + 1;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                return false;
            }
            upper &= !(c >= 'a' && c <= 'z');
            i++;
        }
        return upper && i > from + 1;
    }

    /** {@link #isTag} of a line kept as text (the writer's check of an entry's extra lines). */
    static boolean isTag(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return isTag(b, 0, b.length);
    }

    /** {@code scheme://} at the start (a scheme is ASCII), as a bare line without {@code #EXTINF} must have. */
    static boolean hasScheme(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (isAsciiLetter(b[i]) || (b[i] >= '0' && b[i] <= '9') || b[i] == '+' || b[i] == '.'
                || b[i] == '-')) {
            i++;
        }
        return i > from && isAsciiLetter(b[from]) && i + 2 < to && b[i] == ':' && b[i + 1] == '/' && b[i + 2] == '/';
    }

    /**
     * Whether a line can be the URL of an entry: it starts like a URL or a path (not with '=', '*', '-', …:
     * separators such as {@code =====sudan=====} are common), has no control characters, and has no spaces
     * unless it is a local path (players take {@code /media/My Videos/x.mp4} but no network URL with a space).
     */
    static boolean isUrl(byte[] b, int from, int to) {
        if (from >= to) {
            return false;
        }
        byte c0 = b[from];
        boolean letterOrDigit = c0 < 0 ? startsWithLetterOrDigit(b, from, to)
                : isAsciiLetter(c0) || (c0 >= '0' && c0 <= '9');
        if (!(letterOrDigit || c0 == '/' || c0 == '\\' || c0 == '.' || c0 == '~' || c0 == '_' || c0 == '%')) {
            return false;
        }
        boolean localPath = c0 == '/' || c0 == '\\' || (to - from > 2 && isAsciiLetter(c0) && b[from + 1] == ':'
                && (b[from + 2] == '\\' || b[from + 2] == '/')) || regionStartsWith(b, from, to, "file:");
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if ((c >= 0 && c < ' ') || c == 0x7f || (c == ' ' && !localPath)) {
                return false;
            }
        }
        return true;
    }

    /** A network address ({@code scheme://}) that {@link #isUrl} refuses only for the spaces in it. */
    static boolean isUrlWithSpace(byte[] b, int from, int to) {
        if (!hasScheme(b, from, to)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ((b[i] >= 0 && b[i] < ' ') || b[i] == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Whether the non-ASCII character starting at {@code from} is a letter or digit (a local file "Ärzte.mp4"). */
    private static boolean startsWithLetterOrDigit(byte[] b, int from, int to) {
        String first = new String(b, from, Math.min(4, to - from), StandardCharsets.UTF_8);
        return Character.isLetterOrDigit(first.codePointAt(0));
    }

    private static boolean regionStartsWith(byte[] b, int from, int to, String prefix) {
        return to - from >= prefix.length() && AttributeScanner.regionEquals(b, from, prefix);
    }
}
