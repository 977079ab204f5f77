package dev.lineup.layout.epg;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A labelled matching problem: a guide, layout channels, and for each channel the guide channels a
 * human would accept (as "source/id#shift", lower case; empty = no guide channel exists for it).
 */
record EvalSet(String name, List<GuideCandidate> guide, List<Case> cases) {
    record Case(MatchChannel channel, Set<String> accepted) {
    }

    static String key(String source, String id, int shift) {
        return (source + "/" + id + "#" + shift).toLowerCase(Locale.ROOT);
    }
}
