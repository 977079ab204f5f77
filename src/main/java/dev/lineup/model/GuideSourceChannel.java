package dev.lineup.model;

import java.util.List;

/** A {@code <channel>} of a guide source as last refreshed: what a layout channel can be mapped to. */
public record GuideSourceChannel(long sourceId, String channelId, List<String> displayNames, List<String> icons) {
    public GuideSourceChannel {
        displayNames = List.copyOf(displayNames);
        icons = List.copyOf(icons);
    }
}
