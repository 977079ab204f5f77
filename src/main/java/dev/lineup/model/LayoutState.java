package dev.lineup.model;

import java.time.Instant;

/**
 * What a layout remembers besides its channels: the target it publishes to (by name; null when none chosen),
 * the generation and time of its last publish (0 and null before the first), its rules (the rules JSON
 * document, or null) and whether a refresh maps the guides of channels it adds.
 */
public record LayoutState(String layout, String target, long generation, Instant lastPublished, String rulesJson,
                          boolean autoMatchGuides) {
}
