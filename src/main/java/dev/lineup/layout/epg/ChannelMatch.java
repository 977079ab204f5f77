package dev.lineup.layout.epg;

import java.util.List;
import java.util.Optional;

/**
 * The ranked proposals for one layout channel (best first). {@code autoApplied} is the proposal that
 * would be applied without asking, if any: the best one when its confidence reaches the threshold and
 * the channel had no mapping of its own.
 */
public record ChannelMatch(MatchChannel channel, List<GuideProposal> candidates, Optional<GuideProposal> autoApplied) {
    public ChannelMatch {
        candidates = List.copyOf(candidates);
        autoApplied = autoApplied == null ? Optional.empty() : autoApplied;
    }

    public Optional<GuideProposal> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }
}
