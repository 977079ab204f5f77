package dev.lineup.layout.epg;

import java.util.List;

/**
 * Outcome of one matching run: one {@link ChannelMatch} per channel considered (in input order), the
 * channels skipped because they already had a guide, and the threshold used for auto-apply.
 */
public record MatchResult(List<ChannelMatch> matches, List<MatchChannel> skipped, double autoApplyThreshold) {
    public MatchResult {
        matches = List.copyOf(matches);
        skipped = List.copyOf(skipped);
    }

    /** The matches that would be applied without asking. */
    public List<ChannelMatch> autoApplied() {
        return matches.stream().filter(m -> m.autoApplied().isPresent()).toList();
    }
}
