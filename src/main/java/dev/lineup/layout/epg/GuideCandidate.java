package dev.lineup.layout.epg;

import java.util.List;
import java.util.Objects;

/**
 * One channel of one guide source. {@code sourceRank} is the user's ordering of guide sources
 * (0 = preferred); {@code lang} is the source's language code when known (e.g. "en"), else null;
 * {@code defaultCountry} is the country the user says the source's channels are of when their ids
 * and names do not say (a two-letter code, e.g. "uk"), else null.
 */
public record GuideCandidate(String guideSourceName, int sourceRank, String id, List<String> displayNames, String lang,
                             String defaultCountry) {
    public GuideCandidate {
        Objects.requireNonNull(id, "id");
        guideSourceName = guideSourceName == null ? "" : guideSourceName;
        displayNames = displayNames == null ? List.of() : List.copyOf(displayNames);
        defaultCountry = defaultCountry == null || defaultCountry.isBlank() ? null : Countries.code(defaultCountry.strip());
    }

    public GuideCandidate(String guideSourceName, int sourceRank, String id, List<String> displayNames, String lang) {
        this(guideSourceName, sourceRank, id, displayNames, lang, null);
    }
}
