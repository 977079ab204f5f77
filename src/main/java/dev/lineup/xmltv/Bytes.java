package dev.lineup.xmltv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches in byte arrays eight bytes at a time (a long read, then the classic "has a zero byte" bit trick), for
 * the scans that look at every byte of a guide: most eight-byte words of a programme's text hold no markup.
 */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LT = ONES * '<';
    private static final long LF = ONES * '\n';
    private static final long CR = ONES * '\r';

    private Bytes() {
    }

    /** Index of the first {@code c} in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, byte c, int from, int to) {
        int i = from;
        if (c == '<') {
            for (; i + 8 <= to; i += 8) {
                if (hasZeroByte((long) LONGS.get(b, i) ^ LT)) {
                    break;
                }
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

    private static boolean hasZeroByte(long w) {
        return ((w - ONES) & ~w & HIGHS) != 0;
    }
}
