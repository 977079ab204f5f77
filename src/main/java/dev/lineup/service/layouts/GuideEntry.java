package dev.lineup.service.layouts;

import java.util.List;

/** A channel of a guide source that a layout channel can be mapped to. */
public record GuideEntry(String source, String id, List<String> displayNames) {
    public GuideEntry {
        displayNames = List.copyOf(displayNames);
    }

    public String label() {
        return (displayNames.isEmpty() ? id : displayNames.get(0)) + "  [" + id + "] · " + source;
    }
}
