package dev.lineup.layout.epg;

import java.util.Objects;

/**
 * A layout channel as the matcher sees it. {@code guideId} is the mapping it already has (null when
 * none): such channels are skipped unless asked, and never overwritten automatically.
 */
public record MatchChannel(String id, String name, String tvgId, String group, String guideId) {
    public MatchChannel {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }

    /** A channel without a guide mapping yet. */
    public MatchChannel(String id, String name, String tvgId, String group) {
        this(id, name, tvgId, group, null);
    }

    public boolean hasGuide() {
        return guideId != null && !guideId.isBlank();
    }
}
