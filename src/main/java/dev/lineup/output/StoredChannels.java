package dev.lineup.output;

import dev.lineup.m3u.M3uAttribute;
import dev.lineup.m3u.M3uEntry;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutTiming;
import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.StreamKind;
import dev.lineup.store.ResolvedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored layout's resolved channels, one at a time, into what the renderer writes. Hidden
 * channels (or in a hidden group) are left out; so are channels that resolve to nothing and channels the
 * provider no longer lists (their stream is gone; they stay in the layout with their edits until it
 * comes back), and series (a list of episodes, not a playable channel).
 */
final class StoredChannels {
    private final LayoutTiming timing;
    private final Map<Long, String> sourceNames;
    private int unresolved;

    StoredChannels() {
        this(LayoutTiming.NONE, Map.of());
    }

    /**
     * @param timing      the layout's playlist-wide and per-source time shift and catch-up
     * @param sourceNames source names by id, for the per-source values
     */
    StoredChannels(LayoutTiming timing, Map<Long, String> sourceNames) {
        this.timing = timing;
        this.sourceNames = sourceNames;
    }
    private int removedByProvider;
    private int seriesLeftOut;

    /** The channel to write, or null when it is left out (and counted). */
    OutputChannel select(ResolvedChannel r) {
        if (r.group().hidden() || r.edit().hidden()) {
            return null;
        }
        if (!r.resolved() || r.url() == null) {
            unresolved++;
            return null;
        }
        if (r.removedByProvider()) {
            removedByProvider++;
            return null;
        }
        if (r.source().kind() == StreamKind.SERIES) {
            // A series is a list of episodes: its /series/ address plays nothing, so it is never a channel.
            seriesLeftOut++;
            return null;
        }
        // The edit carries the effective time shift and catch-up, so the playlist entry and the guide agree.
        LayoutChannel edit = r.edit().withTiming(timing.effective(r.group(), r.edit(),
                sourceNames.get(r.source().sourceId())));
        return new OutputChannel(r.group().name(), edit, entry(r.source()));
    }

    /** Visible channels that resolve to nothing, so far. */
    int unresolved() {
        return unresolved;
    }

    /** Visible series left out (a layout made before series were kept out may hold some), so far. */
    int seriesLeftOut() {
        return seriesLeftOut;
    }

    /** Visible channels the provider no longer lists, so far. */
    int removedByProvider() {
        return removedByProvider;
    }

    /**
     * The provider's entry as its playlist had it: the four attributes the store keeps in columns
     * first (where playlists usually have them), then the others in the provider's order.
     */
    static M3uEntry entry(SourceChannel sc) {
        List<M3uAttribute> attrs = new ArrayList<>();
        add(attrs, "tvg-id", sc.tvgId());
        add(attrs, "tvg-name", sc.tvgName());
        add(attrs, "tvg-logo", sc.logo());
        add(attrs, "group-title", sc.group());
        for (SourceAttribute a : sc.attributes()) {
            attrs.add(new M3uAttribute(a.key(), a.value()));
        }
        return new M3uEntry(0, sc.duration() == null ? "-1" : sc.duration(), attrs, sc.name(), null, sc.extraLines(),
                sc.url(), sc.urlSuffix());
    }

    private static void add(List<M3uAttribute> attrs, String key, String value) {
        if (value != null && !value.isBlank()) {
            attrs.add(new M3uAttribute(key, value));
        }
    }
}
