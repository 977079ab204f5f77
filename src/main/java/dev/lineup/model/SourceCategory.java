package dev.lineup.model;

/**
 * A category of a source: an Xtream category, or a {@code group-title} of a playlist.
 * {@code externalId} is the provider's category id (Xtream) or null. A disabled category's channels
 * are still refreshed (so edits survive) but are not offered for new layouts.
 */
public record SourceCategory(long id, long sourceId, StreamKind kind, String externalId, String name,
                             boolean enabled) {
    /** Category name of playlist channels that carry no group. */
    public static final String UNGROUPED = "Ungrouped";

    /** The category a channel of group {@code group} belongs to. */
    public static String nameOf(String group) {
        return group == null || group.isBlank() ? UNGROUPED : group;
    }
}
