package dev.lineup.layout.epg;

import java.util.List;

/**
 * Settings of a matching run.
 *
 * @param autoApplyThreshold confidence from which the best proposal is applied without asking
 * @param maxCandidates      proposals kept per channel
 * @param includeMapped      also propose for channels that already have a guide (never auto-applied)
 * @param preferredLanguages language codes the user ranks first (e.g. "en"), best first
 * @param layout             the layout being matched (for per-layout and per-group controls), or ""
 * @param controls           the user's source priorities and words to ignore
 */
public record MatchOptions(double autoApplyThreshold, int maxCandidates, boolean includeMapped,
                           List<String> preferredLanguages, String layout, MatchControls controls) {
    public static final double DEFAULT_THRESHOLD = 0.90;

    public MatchOptions {
        if (autoApplyThreshold < 0 || autoApplyThreshold > 1 || Double.isNaN(autoApplyThreshold)) {
            throw new IllegalArgumentException("auto-apply threshold must be in [0,1], was " + autoApplyThreshold);
        }
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("maxCandidates must be at least 1, was " + maxCandidates);
        }
        preferredLanguages = preferredLanguages == null ? List.of()
                : preferredLanguages.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        layout = layout == null ? "" : layout;
        controls = controls == null ? MatchControls.NONE : controls;
    }

    public static MatchOptions defaults() {
        return new MatchOptions(DEFAULT_THRESHOLD, 5, false, List.of(), "", MatchControls.NONE);
    }

    public MatchOptions withThreshold(double threshold) {
        return new MatchOptions(threshold, maxCandidates, includeMapped, preferredLanguages, layout, controls);
    }

    public MatchOptions withIncludeMapped(boolean include) {
        return new MatchOptions(autoApplyThreshold, maxCandidates, include, preferredLanguages, layout, controls);
    }

    public MatchOptions withPreferredLanguages(List<String> languages) {
        return new MatchOptions(autoApplyThreshold, maxCandidates, includeMapped, languages, layout, controls);
    }

    /** The same options for matching the channels of {@code layoutName} under {@code userControls}. */
    public MatchOptions withControls(String layoutName, MatchControls userControls) {
        return new MatchOptions(autoApplyThreshold, maxCandidates, includeMapped, preferredLanguages, layoutName, userControls);
    }
}
