package dev.lineup.model;

import java.util.List;
import java.util.Objects;

/**
 * A layout: what the user wants published, in order. Immutable; edits produce a new value.
 * Serialized as the versioned layout file by {@link LayoutJson}. {@code timing} holds the playlist-wide
 * and per-source time shift and catch-up.
 */
public record Layout(String name, LayoutOptions options, List<LayoutGroup> groups, LayoutTiming timing) {
    public Layout {
        Objects.requireNonNull(name, "name");
        options = options == null ? LayoutOptions.DEFAULTS : options;
        groups = List.copyOf(groups);
        timing = timing == null ? LayoutTiming.NONE : timing;
    }

    public Layout(String name, LayoutOptions options, List<LayoutGroup> groups) {
        this(name, options, groups, LayoutTiming.NONE);
    }

    /** Every channel of every group, in output order (hidden ones included). */
    public java.util.stream.Stream<LayoutChannel> channels() {
        return groups.stream().flatMap(g -> g.channels().stream());
    }

    public Layout withGroups(List<LayoutGroup> newGroups) {
        return new Layout(name, options, newGroups, timing);
    }

    public Layout withName(String newName) {
        return new Layout(newName, options, groups, timing);
    }

    public Layout withTiming(LayoutTiming t) {
        return new Layout(name, options, groups, t);
    }
}
