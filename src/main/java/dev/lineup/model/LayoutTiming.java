package dev.lineup.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layout-wide levels of time shift and catch-up: the whole playlist, and per source (by source
 * name). A channel's effective value of each field is, first set wins: its own, its group's, its
 * source's, the playlist's; when none is set, no shift and the provider's catch-up.
 */
public record LayoutTiming(Timing playlist, Map<String, Timing> sources) {
    public static final LayoutTiming NONE = new LayoutTiming(Timing.INHERIT, Map.of());

    public LayoutTiming {
        playlist = playlist == null ? Timing.INHERIT : playlist;
        Map<String, Timing> kept = new LinkedHashMap<>();
        if (sources != null) {
            sources.forEach((name, t) -> {
                if (name != null && t != null && !t.inherits()) {
                    kept.put(name, t);
                }
            });
        }
        sources = java.util.Collections.unmodifiableMap(kept);
    }

    /** What one source's channels get unless their group or they set otherwise. */
    public Timing source(String sourceName) {
        Timing t = sourceName == null ? null : sources.get(sourceName);
        return t == null ? Timing.INHERIT : t;
    }

    public LayoutTiming withPlaylist(Timing t) {
        return new LayoutTiming(t, sources);
    }

    public LayoutTiming withSource(String sourceName, Timing t) {
        Map<String, Timing> m = new LinkedHashMap<>(sources);
        m.put(sourceName, t);
        return new LayoutTiming(playlist, m);
    }

    /**
     * A channel's effective time shift and catch-up ({@code sourceName} null when unknown): never
     * inheriting; shift 0 and {@link Catchup#PROVIDER} where no level sets a value. {@code shiftHours}
     * stays null when no level set one, so the provider's own {@code tvg-shift} is kept then.
     */
    public Timing effective(LayoutGroup group, LayoutChannel channel, String sourceName) {
        Timing t = channel.timing().over(group.timing()).over(source(sourceName)).over(playlist);
        return t.catchup() != null ? t : t.withCatchup(Catchup.PROVIDER);
    }

    public boolean inherits() {
        return playlist.inherits() && sources.isEmpty();
    }

    /** The first problem of the playlist's and the sources' values, in words, or null. */
    public String problem() {
        String p = playlist.problem();
        if (p != null) {
            return "playlist: " + p;
        }
        for (var e : sources.entrySet()) {
            String s = e.getValue().problem();
            if (s != null) {
                return "source '" + e.getKey() + "': " + s;
            }
        }
        return null;
    }
}
