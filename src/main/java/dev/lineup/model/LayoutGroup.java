package dev.lineup.model;

import java.util.List;
import java.util.Objects;

/**
 * A group of the layout, written as the {@code group-title} of its channels. {@code timing} is the
 * time shift and catch-up its channels get unless they set their own.
 */
public record LayoutGroup(String name, boolean hidden, List<LayoutChannel> channels, Timing timing) {
    public LayoutGroup {
        Objects.requireNonNull(name, "name");
        channels = List.copyOf(channels);
        timing = timing == null ? Timing.INHERIT : timing;
    }

    public LayoutGroup(String name, boolean hidden, List<LayoutChannel> channels) {
        this(name, hidden, channels, Timing.INHERIT);
    }

    public LayoutGroup withChannels(List<LayoutChannel> newChannels) {
        return new LayoutGroup(name, hidden, newChannels, timing);
    }

    public LayoutGroup withName(String newName) {
        return new LayoutGroup(newName, hidden, channels, timing);
    }

    public LayoutGroup withHidden(boolean v) {
        return new LayoutGroup(name, v, channels, timing);
    }

    public LayoutGroup withTiming(Timing t) {
        return new LayoutGroup(name, hidden, channels, t);
    }
}
