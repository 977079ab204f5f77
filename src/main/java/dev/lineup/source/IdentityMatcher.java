package dev.lineup.source;

import dev.lineup.store.Hash64;
import dev.lineup.store.IdentityRow;
import dev.lineup.store.IncomingChannel;
import dev.lineup.store.StoredKeys;
import java.util.Arrays;

/**
 * Stable identity across refreshes. Each refreshed channel is matched to a stored one, in passes from
 * the strongest key to the weakest, each pass over all channels before the next begins (so a weak key
 * can never steal a channel a strong key would have matched):
 * <ol>
 *   <li>Xtream {@code stream_id};</li>
 *   <li>{@code tvg-id} + group;</li>
 *   <li>normalized name + group;</li>
 *   <li>{@code tvg-id} alone, when exactly one unmatched stored channel has it (a channel renamed
 *       <em>and</em> moved to another group);</li>
 *   <li>normalized URL (scheme, credentials, query, tokens and Xtream user/password segments stripped).</li>
 * </ol>
 * A matched channel keeps its stored id — the id every layout refers to — so names, numbers, order and
 * guide mapping in layouts survive. Stored channels nobody matched are marked removed; matched ones that
 * were removed are revived. Keys are compared as 64-bit hashes held in primitive arrays.
 */
final class IdentityMatcher {
    private static final int KEYS = 5;
    private int n;
    private long[] ids = new long[1024];
    private int[] positions = new int[1024];
    private long[] fingerprints = new long[1024];
    private boolean[] removed = new boolean[1024];
    private long[][] keys = new long[KEYS][1024];
    private long[] nameHash = new long[1024];
    private long[] groupHash = new long[1024];
    private long[] urlHash = new long[1024];

    /** Per incoming channel: the stored id it updates, or {@link #INSERT}, or {@link #UNCHANGED}. */
    static final long INSERT = 0;
    static final long UNCHANGED = -1;
    private final Incoming in = new Incoming();

    /**
     * The outcome: {@code targets[i]} says what to do with the i-th incoming channel (see above), and the
     * counts for the report.
     */
    record Result(long[] targets, int updates, int inserts, long[] removeIds, int unchanged, int renamed,
                  int repointed, int moved, int revived) {
    }

    void addStored(IdentityRow r) {
        if (n == ids.length) {
            grow(n * 2);
        }
        ids[n] = r.id();
        positions[n] = r.position();
        fingerprints[n] = r.fingerprint();
        removed[n] = r.removed();
        keys[0][n] = Hash64.of(r.keyStream());
        keys[1][n] = Hash64.of(r.keyTvg());
        keys[2][n] = Hash64.of(r.keyName());
        keys[3][n] = Hash64.of(StoredKeys.tvgOnly(r.tvgId()));
        keys[4][n] = Hash64.of(r.keyUrl());
        nameHash[n] = Hash64.of(r.name());
        groupHash[n] = Hash64.of(r.group());
        urlHash[n] = Hash64.of(r.url());
        n++;
    }

    int storedCount() {
        return n;
    }

    int activeStoredCount() {
        int c = 0;
        for (int i = 0; i < n; i++) {
            c += removed[i] ? 0 : 1;
        }
        return c;
    }

    /** Notes one refreshed channel (in provider order) by its hashed keys; the channel itself is not kept. */
    void addIncoming(IncomingChannel c) {
        in.add(c);
    }

    int incomingCount() {
        return in.n;
    }

    Result match() {
        int m = in.n;
        int[] match = new int[m];
        Arrays.fill(match, -1);
        boolean[] claimed = new boolean[n];
        for (int pass = 0; pass < KEYS; pass++) {
            LongIndex idx = new LongIndex(Arrays.copyOf(keys[pass], n));
            long[] inKeys = in.keys[pass];
            for (int i = 0; i < m; i++) {
                if (match[i] >= 0 || inKeys[i] == 0) {
                    continue;
                }
                int j = pass == 3 ? idx.onlyFree(inKeys[i], claimed) : idx.firstFree(inKeys[i], claimed);
                if (j >= 0) {
                    match[i] = j;
                    claimed[j] = true;
                }
            }
        }
        return result(match, claimed);
    }

    private Result result(int[] match, boolean[] claimed) {
        long[] targets = new long[in.n];
        int updates = 0;
        int inserts = 0;
        int unchanged = 0;
        int renamed = 0;
        int repointed = 0;
        int moved = 0;
        int revived = 0;
        for (int i = 0; i < in.n; i++) {
            int j = match[i];
            if (j < 0) {
                targets[i] = INSERT;
                inserts++;
                continue;
            }
            if (!removed[j] && fingerprints[j] == in.fingerprints[i] && positions[j] == in.positions[i]) {
                targets[i] = UNCHANGED;
                unchanged++;
                continue;
            }
            renamed += nameHash[j] != in.nameHash[i] ? 1 : 0;
            repointed += urlHash[j] != in.urlHash[i] ? 1 : 0;
            moved += groupHash[j] != in.groupHash[i] ? 1 : 0;
            revived += removed[j] ? 1 : 0;
            targets[i] = ids[j];
            updates++;
        }
        long[] gone = new long[n];
        int g = 0;
        for (int j = 0; j < n; j++) {
            if (!claimed[j] && !removed[j]) {
                gone[g++] = ids[j];
            }
        }
        return new Result(targets, updates, inserts, Arrays.copyOf(gone, g), unchanged, renamed, repointed, moved,
                revived);
    }

    /** The refreshed channels as hashes in primitive arrays: about 80 bytes a channel instead of the channel. */
    private static final class Incoming {
        private int n;
        private long[][] keys = new long[KEYS][1024];
        private long[] fingerprints = new long[1024];
        private int[] positions = new int[1024];
        private long[] nameHash = new long[1024];
        private long[] groupHash = new long[1024];
        private long[] urlHash = new long[1024];

        void add(IncomingChannel c) {
            if (n == positions.length) {
                int cap = n * 2;
                for (int k = 0; k < KEYS; k++) {
                    keys[k] = Arrays.copyOf(keys[k], cap);
                }
                fingerprints = Arrays.copyOf(fingerprints, cap);
                positions = Arrays.copyOf(positions, cap);
                nameHash = Arrays.copyOf(nameHash, cap);
                groupHash = Arrays.copyOf(groupHash, cap);
                urlHash = Arrays.copyOf(urlHash, cap);
            }
            StoredKeys k = c.keys();
            keys[0][n] = Hash64.of(k.stream());
            keys[1][n] = Hash64.of(k.tvg());
            keys[2][n] = Hash64.of(k.name());
            keys[3][n] = Hash64.of(StoredKeys.tvgOnly(c.channel().tvgId()));
            keys[4][n] = Hash64.of(k.url());
            fingerprints[n] = c.fingerprint();
            positions[n] = c.channel().position();
            nameHash[n] = Hash64.of(c.channel().name());
            groupHash[n] = Hash64.of(c.channel().group());
            urlHash[n] = Hash64.of(c.channel().url());
            n++;
        }
    }

    private void grow(int cap) {
        ids = Arrays.copyOf(ids, cap);
        positions = Arrays.copyOf(positions, cap);
        fingerprints = Arrays.copyOf(fingerprints, cap);
        removed = Arrays.copyOf(removed, cap);
        for (int k = 0; k < KEYS; k++) {
            keys[k] = Arrays.copyOf(keys[k], cap);
        }
        nameHash = Arrays.copyOf(nameHash, cap);
        groupHash = Arrays.copyOf(groupHash, cap);
        urlHash = Arrays.copyOf(urlHash, cap);
    }
}
