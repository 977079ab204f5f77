package dev.lineup.xmltv;

import java.util.List;
import java.util.Objects;

/** One {@code <channel>} of a guide: its id, display names and icon URLs, in document order. */
public record GuideChannel(String id, List<String> displayNames, List<String> icons) {
    public GuideChannel {
        Objects.requireNonNull(id, "id");
        displayNames = List.copyOf(displayNames);
        icons = List.copyOf(icons);
    }
}
