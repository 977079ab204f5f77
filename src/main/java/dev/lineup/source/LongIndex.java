package dev.lineup.source;

/**
 * Open-addressing multimap from 64-bit key hashes to row indexes, with rows sharing a key chained in
 * ascending order. Primitive arrays only: the identity index of a 200k-channel source is a few MB.
 */
final class LongIndex {
    private final long[] keys;
    private final int[] heads;
    private final int[] next;
    private final int mask;

    /** Indexes rows {@code 0..hashes.length-1}; a hash of 0 means "no key" and is skipped. */
    LongIndex(long[] hashes) {
        int cap = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1;
        keys = new long[cap];
        heads = new int[cap];
        next = new int[hashes.length];
        mask = cap - 1;
        for (int row = hashes.length - 1; row >= 0; row--) {
            long h = hashes[row];
            if (h == 0) {
                continue;
            }
            int slot = slot(h);
            if (heads[slot] == 0) {
                keys[slot] = h;
            }
            next[row] = heads[slot] - 1;
            heads[slot] = row + 1;
        }
    }

    /** First row with key {@code h} not yet claimed, or -1. */
    int firstFree(long h, boolean[] claimed) {
        for (int r = head(h); r >= 0; r = next[r]) {
            if (!claimed[r]) {
                return r;
            }
        }
        return -1;
    }

    /** The only row with key {@code h} not yet claimed; -1 if there is none or more than one. */
    int onlyFree(long h, boolean[] claimed) {
        int found = -1;
        for (int r = head(h); r >= 0; r = next[r]) {
            if (!claimed[r]) {
                if (found >= 0) {
                    return -1;
                }
                found = r;
            }
        }
        return found;
    }

    private int head(long h) {
        if (h == 0) {
            return -1;
        }
        int s = (int) (h ^ (h >>> 32)) & mask;
        while (heads[s] != 0) {
            if (keys[s] == h) {
                return heads[s] - 1;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }

    private int slot(long h) {
        int s = (int) (h ^ (h >>> 32)) & mask;
        while (heads[s] != 0 && keys[s] != h) {
            s = (s + 1) & mask;
        }
        return s;
    }
}
