package dev.lineup.layout.epg;

import java.util.List;
import java.util.Objects;

/**
 * One channel of one guide source. {@code sourceRank} is the user's ordering of guide sources
 * (0 = preferred); {@code lang} is the source's language code when known (e.g. "en"), else null.
 */
public record GuideCandidate(String guideSourceName, int sourceRank, String id, List<String> displayNames, String lang) {
    public GuideCandidate {
        Objects.requireNonNull(id, "id");
        guideSourceName = guideSourceName == null ? "" : guideSourceName;
        displayNames = displayNames == null ? List.of() : List.copyOf(displayNames);
    }
}
