package dev.lineup.source;

import dev.lineup.store.Hash64;
import dev.lineup.store.IdentityRow;
import dev.lineup.store.IncomingChannel;
import dev.lineup.store.StoredKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** The outcome: what to write, and the counts for the report. */
    record Result(List<IncomingChannel> updates, List<IncomingChannel> inserts, long[] removeIds, int unchanged,
                  int renamed, int repointed, int moved, int revived) {
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

    Result match(List<IncomingChannel> incoming) {
        int m = incoming.size();
        long[][] in = new long[KEYS][m];
        for (int i = 0; i < m; i++) {
            IncomingChannel c = incoming.get(i);
            StoredKeys k = c.keys();
            in[0][i] = Hash64.of(k.stream());
            in[1][i] = Hash64.of(k.tvg());
            in[2][i] = Hash64.of(k.name());
            in[3][i] = Hash64.of(StoredKeys.tvgOnly(c.channel().tvgId()));
            in[4][i] = Hash64.of(k.url());
        }
        int[] match = new int[m];
        Arrays.fill(match, -1);
        boolean[] claimed = new boolean[n];
        for (int pass = 0; pass < KEYS; pass++) {
            LongIndex idx = new LongIndex(Arrays.copyOf(keys[pass], n));
            for (int i = 0; i < m; i++) {
                if (match[i] >= 0 || in[pass][i] == 0) {
                    continue;
                }
                int j = pass == 3 ? idx.onlyFree(in[pass][i], claimed) : idx.firstFree(in[pass][i], claimed);
                if (j >= 0) {
                    match[i] = j;
                    claimed[j] = true;
                }
            }
        }
        return result(incoming, match, claimed);
    }

    private Result result(List<IncomingChannel> incoming, int[] match, boolean[] claimed) {
        List<IncomingChannel> updates = new ArrayList<>();
        List<IncomingChannel> inserts = new ArrayList<>();
        int unchanged = 0;
        int renamed = 0;
        int repointed = 0;
        int moved = 0;
        int revived = 0;
        for (int i = 0; i < incoming.size(); i++) {
            IncomingChannel c = incoming.get(i);
            int j = match[i];
            if (j < 0) {
                inserts.add(c);
                continue;
            }
            if (!removed[j] && fingerprints[j] == c.fingerprint() && positions[j] == c.channel().position()) {
                unchanged++;
                continue;
            }
            renamed += nameHash[j] != Hash64.of(c.channel().name()) ? 1 : 0;
            repointed += urlHash[j] != Hash64.of(c.channel().url()) ? 1 : 0;
            moved += groupHash[j] != Hash64.of(c.channel().group()) ? 1 : 0;
            revived += removed[j] ? 1 : 0;
            updates.add(new IncomingChannel(c.channel().withId(ids[j]), c.keyUrl()));
        }
        long[] gone = new long[n];
        int g = 0;
        for (int j = 0; j < n; j++) {
            if (!claimed[j] && !removed[j]) {
                gone[g++] = ids[j];
            }
        }
        return new Result(updates, inserts, Arrays.copyOf(gone, g), unchanged, renamed, repointed, moved, revived);
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
