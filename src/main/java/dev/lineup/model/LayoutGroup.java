package dev.lineup.model;

import java.util.List;
import java.util.Objects;

/** A group of the layout, written as the {@code group-title} of its channels. */
public record LayoutGroup(String name, boolean hidden, List<LayoutChannel> channels) {
    public LayoutGroup {
        Objects.requireNonNull(name, "name");
        channels = List.copyOf(channels);
    }

    public LayoutGroup withChannels(List<LayoutChannel> newChannels) {
        return new LayoutGroup(name, hidden, newChannels);
    }
}
