package dev.lineup.xmltv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte-level helpers of the guide fast path. Searches in byte arrays go eight bytes at a time (a long read, then the classic "has a zero byte" bit trick), for
 * the scans that look at every byte of a guide: most eight-byte words of a programme's text hold no markup.
 */
final class Bytes {
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    static final long ONES = 0x0101010101010101L;
    static final long HIGHS = 0x8080808080808080L;
    static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    static final long LT = ONES * '<';
    static final long LF = ONES * '\n';
    static final long CR = ONES * '\r';
    /** The longest XML declaration read; a longer one (all but unheard of) leaves the document to the parser. */
    static final int DECLARATION_MAX = 4096;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private Bytes() {
    }

    /** Index of the first {@code c} in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, byte c, int from, int to) {
        int i = from;
        long pattern = ONES * (c & 0xff);
        for (; i + 8 <= to; i += 8) {
            if (hasZeroByte((long) LONGS.get(b, i) ^ pattern)) {
                break;
            }
        }
        for (; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first '<', LF or CR in {@code b[from, to)}, or -1. */
    static int indexOfAny(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            if (hasZeroByte(w ^ LT) || hasZeroByte(w ^ LF) || hasZeroByte(w ^ CR)) {
                break;
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '<' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Number of {@code c} bytes in {@code b[from, to)}, eight at a time. */
    static int count(byte[] b, byte c, int from, int to) {
        long pattern = ONES * (c & 0xff);
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            // exact per-byte zero test (no false positives, unlike hasZeroByte): high bit set where x's byte is 0
            n += Long.bitCount(~(((x & LOWS) + LOWS) | x) & HIGHS);
        }
        for (; i < to; i++) {
            n += b[i] == c ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether the document starting at {@code b[from]} is UTF-8 (or ASCII): a UTF-8 byte order mark or none, then
     * '<', and no other encoding declared. {@code b[from, to)} holds its first few hundred bytes.
     */
    static boolean isUtf8Document(byte[] b, int from, int to) {
        int i = from;
        if (to - i >= 3 && b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBB && b[i + 2] == (byte) 0xBF) {
            i += 3;
        }
        if (i >= to || b[i] != '<') {
            return false; // UTF-16/32, or not XML at all: the parser decides
        }
        // only the declaration is read: decoding a whole buffer of text cost a guide render milliseconds at start-up
        String head = new String(b, i, Math.min(to - i, DECLARATION_MAX), StandardCharsets.US_ASCII);
        if (!head.startsWith("<?xml")) {
            return true;
        }
        int end = head.indexOf("?>");
        if (end < 0) {
            return false;
        }
        Matcher m = ENCODING.matcher(head.substring(0, end));
        if (!m.find()) {
            return true;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        return name.equals("utf-8") || name.equals("utf8") || name.equals("us-ascii") || name.equals("ascii");
    }

    private static boolean hasZeroByte(long w) {
        return ((w - ONES) & ~w & HIGHS) != 0;
    }
}
