package dev.lineup.layout.epg;

import java.util.List;

/** A small one-source guide for matcher tests, and one channel matched against it with the default options. */
final class OneGuide {
    private OneGuide() {
    }

    static GuideCandidate g(String id, String... names) {
        return new GuideCandidate("guide", 0, id, List.of(names), null);
    }

    static ChannelMatch match(List<GuideCandidate> guide, String name, String group) {
        return new EpgMatcher(guide).match(List.of(new MatchChannel("c", name, null, group)), MatchOptions.defaults())
                .matches().get(0);
    }
}
