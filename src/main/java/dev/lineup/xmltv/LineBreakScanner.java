package dev.lineup.xmltv;

import java.lang.invoke.VarHandle;

/**
 * Walks the bytes of programmes being taken out of a guide ({@link ProgrammeSkipper}) in one pass: finds the next
 * {@code '<'} that may end the programme and counts the line breaks (LF, CRLF, lone CR) before it, eight bytes at a
 * time. The count keeps the parser's line numbers those of the file. One pass instead of a search for {@code '<'},
 * a search for CR and a count of LF: the skip reads most of a filtered guide's bytes, so each pass over them is a
 * good share of its time.
 */
final class LineBreakScanner {
    // The eight-bytes-at-a-time constants are Bytes' (one set for every scan of the guide fast path).
    private static final VarHandle LONGS = Bytes.LONGS;
    private static final long HIGHS = Bytes.HIGHS;
    private static final long LOWS = Bytes.LOWS;
    private static final long LT = Bytes.LT;
    private static final long LF = Bytes.LF;
    private static final long CR = Bytes.CR;
    /** Fourteen in every byte: a byte below it is a line break or another control character (rare in text). */
    private static final long BELOW_14 = Bytes.ONES * 14;

    private int lineBreaks;
    /** The last byte counted was a CR: an LF right after it belongs to the same line break. */
    private boolean afterCr;

    /** Starts counting afresh (the line breaks of one programme, or one run of them). */
    void reset() {
        lineBreaks = 0;
        afterCr = false;
    }

    int lineBreaks() {
        return lineBreaks;
    }

    /**
     * Index of the first {@code '<'} in {@code b[from, to)} that may end a programme being taken out or hide one
     * of its ends: one followed by {@code '/'} (an end tag) or {@code '!'} (a comment or CDATA section), or one
     * with fewer than {@code room} (at least 2) bytes from it on (too near the end to tell); -1 if none. Any
     * other {@code '<'} (a child's start tag) is passed over like text. The line breaks before the index (all,
     * when -1) are counted.
     */
    int toEndOrComment(byte[] b, int from, int to, int room) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long lt = zeroBytes(w ^ LT);
            // most words of a programme's text hold neither '<' nor a control character: one test passes them over
            // (the test for a byte below 14 may also flag a byte after one that is; the exact masks follow)
            if ((lt | (w - BELOW_14) & ~w & HIGHS) == 0) {
                afterCr = false;
                continue;
            }
            long lf = zeroBytes(w ^ LF);
            long cr = zeroBytes(w ^ CR);
            for (long left = lt; left != 0; left &= left - 1) {
                int at = i + (Long.numberOfTrailingZeros(left) >>> 3);
                byte next;
                if (at + room > to || (next = b[at + 1]) == '/' || next == '!') {
                    long before = (left & -left) - 1; // the bytes of this word before that '<'
                    countWord(lf & before, cr & before);
                    afterCr = false;
                    return at;
                }
            }
            countWord(lf, cr);
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '<' && (i + room > to || b[i + 1] == '/' || b[i + 1] == '!')) {
                afterCr = false;
                return i;
            }
            countByte(c);
        }
        return -1;
    }

    /** Counts the line breaks of {@code b[from, to)}. */
    void count(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            if (((w - BELOW_14) & ~w & HIGHS) != 0) {
                countWord(zeroBytes(w ^ LF), zeroBytes(w ^ CR));
            } else {
                afterCr = false; // no line break in this word
            }
        }
        for (; i < to; i++) {
            countByte(b[i]);
        }
    }

    /** Adds line breaks counted elsewhere, in bytes that ended with something other than a CR. */
    void add(int n) {
        lineBreaks += n;
        afterCr = false;
    }

    /** Counts one byte. */
    void countByte(byte c) {
        if (c == '\n') {
            if (!afterCr) {
                lineBreaks++;
            }
            afterCr = false;
        } else if (c == '\r') {
            lineBreaks++;
            afterCr = true;
        } else {
            afterCr = false;
        }
    }

    /**
     * Counts the line breaks of one word, given the high bit of each of its LF and CR bytes: every CR and every LF
     * is one, except an LF right after a CR (in this word, or the last byte of the word before).
     */
    private void countWord(long lf, long cr) {
        int lfAfterCr = afterCr && (lf & 0x80L) != 0 ? 1 : 0;
        if (cr == 0) {
            lineBreaks += highBits(lf) - lfAfterCr;
            afterCr = false;
            return;
        }
        lineBreaks += highBits(lf) + highBits(cr) - highBits((cr << 8) & lf) - lfAfterCr;
        afterCr = cr < 0; // the word's last byte is a CR
    }

    /**
     * How many bytes of {@code m} have their high bit set, given no other bit is (as {@link #zeroBytes} makes):
     * one multiply adds the eight bits up in the top byte. {@code Long.bitCount} is a call where the compiler has no
     * instruction for it (the command line's C1-compiled code, cli-java-options).
     */
    private static int highBits(long m) {
        return (int) (((m >>> 7) * Bytes.ONES) >>> 56);
    }

    /** The high bit of each zero byte of {@code x}, exactly (no borrow from one byte into the next). */
    private static long zeroBytes(long x) {
        return ~(((x & LOWS) + LOWS) | x) & HIGHS;
    }
}
