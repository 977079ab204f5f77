package dev.lineup.service.layouts;

import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys a layout file uses for channels, and back. Inside the database a channel is {@code sc:ID};
 * a file needs a key that means the same channel in another installation with the same playlist.
 * Real playlists list two channels under one tvg-id in one group (HD and SD feeds, or the very same
 * entry twice), so the strongest key alone can name two channels. A channel is therefore written under
 * the strongest of its keys that no other channel answers to; when every key is shared (an entry listed
 * twice), under {@code KEY#n}: the n-th channel, in source order, answering to its strongest key.
 * Every key written in one file is different, and two channels stay two channels after import.
 */
final class PortableKeys {
    private static final Pattern ORDINAL = Pattern.compile("^(.+)#(\\d{1,6})$");

    /** Every portable key of every playlist channel, with the channels answering to it in source order. */
    private final Map<String, List<SourceChannel>> byKey;

    private PortableKeys(Map<String, List<SourceChannel>> byKey) {
        this.byKey = byKey;
    }

    static PortableKeys of(LineupStore store) {
        Map<String, List<SourceChannel>> m = new HashMap<>();
        for (Source s : store.sources().list()) {
            if (s.kind() == SourceKind.EPG) {
                continue;
            }
            for (SourceChannel ch : store.channels().channels(s.id(), false)) {
                for (String k : ch.keys()) {
                    m.computeIfAbsent(k, x -> new ArrayList<>(1)).add(ch);
                }
            }
        }
        return new PortableKeys(m);
    }

    static boolean isOrdinal(String key) {
        return ORDINAL.matcher(key).matches();
    }

    /**
     * The key to write for {@code sc}, not in {@code written} (and then added to it); null when the
     * channel has no portable key at all (it keeps its own).
     */
    String keyFor(SourceChannel sc, Set<String> written) {
        List<String> keys = sc.keys();
        if (keys.isEmpty()) {
            return null;
        }
        for (String k : keys) {
            List<SourceChannel> answering = byKey.get(k);
            if ((answering == null || answering.size() == 1) && written.add(k)) {
                return k;
            }
        }
        String strongest = keys.get(0);
        List<SourceChannel> answering = byKey.getOrDefault(strongest, List.of(sc));
        int n = 1;
        for (int i = 0; i < answering.size(); i++) {
            if (answering.get(i).id() == sc.id()) {
                n = i + 1;
            }
        }
        String key = n == 1 ? strongest : strongest + "#" + n;
        while (!written.add(key)) {
            key = strongest + "#" + ++n;
        }
        return key;
    }

    /**
     * The channel a file's key names: for {@code KEY#n} the n-th channel answering to KEY, else the first
     * channel answering to the key whose {@link SourceChannel#ref()} is not in {@code taken}; null if none.
     */
    SourceChannel find(String key, Set<String> taken) {
        List<SourceChannel> answering = byKey.get(key);
        Matcher m = ORDINAL.matcher(key);
        if (answering == null && m.matches()) {
            List<SourceChannel> base = byKey.get(m.group(1));
            int n = Integer.parseInt(m.group(2));
            return base != null && n >= 1 && n <= base.size() ? base.get(n - 1) : null;
        }
        if (answering == null) {
            return null;
        }
        for (SourceChannel sc : answering) {
            if (!taken.contains(sc.ref())) {
                return sc;
            }
        }
        return null;
    }
}
