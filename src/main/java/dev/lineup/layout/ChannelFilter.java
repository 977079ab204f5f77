package dev.lineup.layout;

import dev.lineup.model.ChannelKey;
import java.util.Arrays;
import java.util.List;

/**
 * What the editor's channel list shows: a search text (every word must occur in the name, number or
 * tvg-id; case, accents and punctuation ignored) and flags, all of which must hold. Run it on a
 * {@link SearchIndex}.
 *
 * @param missingGuide      only channels with neither a guide channel nor a tvg-id to find one by
 * @param missingLogo       only channels without a logo
 * @param hidden            only hidden channels (or channels of a hidden group)
 * @param removedByProvider only channels whose key is in the removed set given to the index
 * @param duplicateNumbers  only visible channels whose number another visible channel also uses
 */
public record ChannelFilter(String query, boolean missingGuide, boolean missingLogo, boolean hidden,
                            boolean removedByProvider, boolean duplicateNumbers) {
    public static final ChannelFilter ALL = new ChannelFilter("", false, false, false, false, false);

    public ChannelFilter {
        query = query == null ? "" : query;
    }

    public static ChannelFilter search(String query) {
        return ALL.withQuery(query);
    }

    public ChannelFilter withQuery(String q) {
        return new ChannelFilter(q, missingGuide, missingLogo, hidden, removedByProvider, duplicateNumbers);
    }

    public ChannelFilter withMissingGuide(boolean v) {
        return new ChannelFilter(query, v, missingLogo, hidden, removedByProvider, duplicateNumbers);
    }

    public ChannelFilter withMissingLogo(boolean v) {
        return new ChannelFilter(query, missingGuide, v, hidden, removedByProvider, duplicateNumbers);
    }

    public ChannelFilter withHidden(boolean v) {
        return new ChannelFilter(query, missingGuide, missingLogo, v, removedByProvider, duplicateNumbers);
    }

    public ChannelFilter withRemovedByProvider(boolean v) {
        return new ChannelFilter(query, missingGuide, missingLogo, hidden, v, duplicateNumbers);
    }

    public ChannelFilter withDuplicateNumbers(boolean v) {
        return new ChannelFilter(query, missingGuide, missingLogo, hidden, removedByProvider, v);
    }

    /** The normalized words of the query; empty when it has none. */
    public List<String> terms() {
        String n = ChannelKey.normalizeName(query);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    boolean hasFlags() {
        return missingGuide || missingLogo || hidden || removedByProvider || duplicateNumbers;
    }
}
