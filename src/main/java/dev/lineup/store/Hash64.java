package dev.lineup.store;

/**
 * 64-bit FNV-1a with a murmur finaliser. Used to compare channel content and keys in memory without
 * holding 200k strings twice; at 64 bits a collision among a few hundred thousand values is
 * vanishingly unlikely (about 1e-9).
 */
public final class Hash64 {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final long h;

    private Hash64(long h) {
        this.h = h;
    }

    public static Hash64 start() {
        return new Hash64(OFFSET);
    }

    /** Adds a field (null and "" differ); fields are separated so "ab","c" differs from "a","bc". */
    public Hash64 add(String s) {
        long x = h;
        if (s == null) {
            x = (x ^ 0x1F) * PRIME;
        } else {
            for (int i = 0; i < s.length(); i++) {
                x = (x ^ s.charAt(i)) * PRIME;
            }
            x = (x ^ 0x1E) * PRIME;
        }
        return new Hash64(x);
    }

    public Hash64 add(long v) {
        return new Hash64((h ^ v) * PRIME);
    }

    public long value() {
        long x = h;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x == 0 ? 1 : x;
    }

    /** Hash of one string; 0 for null (0 means "no key" to the matcher). */
    public static long of(String s) {
        return s == null ? 0 : start().add(s).value();
    }
}
