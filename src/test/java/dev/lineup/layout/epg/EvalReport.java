package dev.lineup.layout.epg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Precision and recall of auto-applied matches and top-3 recall of one evaluation set.
 * Precision counts every auto-applied proposal, including those for channels that have no guide
 * channel at all (applying anything there is wrong).
 */
record EvalReport(String set, int channels, int matchable, int autoApplied, int autoCorrect, int top3Hits,
                  List<String> failures) {

    static EvalReport evaluate(EvalSet set, MatchOptions options) {
        EpgMatcher matcher = new EpgMatcher(set.guide());
        List<MatchChannel> channels = set.cases().stream().map(EvalSet.Case::channel).toList();
        MatchResult result = matcher.match(channels, options);
        int matchable = 0, auto = 0, autoOk = 0, top3 = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < set.cases().size(); i++) {
            EvalSet.Case c = set.cases().get(i);
            ChannelMatch m = result.matches().get(i);
            boolean canMatch = !c.accepted().isEmpty();
            matchable += canMatch ? 1 : 0;
            if (m.autoApplied().isPresent()) {
                auto++;
                GuideProposal p = m.autoApplied().get();
                if (c.accepted().contains(EvalSet.key(p.guideSourceName(), p.guideId(), p.shiftHours()))) {
                    autoOk++;
                } else {
                    failures.add("WRONG AUTO " + c.channel().name() + " -> " + p.guideId() + "#" + p.shiftHours()
                            + " (" + p.confidence() + ": " + p.reason() + "), expected " + c.accepted());
                }
            }
            if (canMatch) {
                boolean hit = m.candidates().stream().limit(3).anyMatch(p ->
                        c.accepted().contains(EvalSet.key(p.guideSourceName(), p.guideId(), p.shiftHours())));
                top3 += hit ? 1 : 0;
                if (!hit) {
                    failures.add("MISS TOP3 " + c.channel().name() + " expected " + c.accepted() + " got "
                            + m.candidates().stream().limit(3).map(p -> p.guideId() + "#" + p.shiftHours() + "@" + p.confidence()).toList());
                }
            }
        }
        return new EvalReport(set.name(), set.cases().size(), matchable, auto, autoOk, top3, failures);
    }

    double precision() {
        return autoApplied == 0 ? 1.0 : (double) autoCorrect / autoApplied;
    }

    double autoRecall() {
        return matchable == 0 ? 0 : (double) autoCorrect / matchable;
    }

    double top3Recall() {
        return matchable == 0 ? 0 : (double) top3Hits / matchable;
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |", set, channels, matchable,
                autoApplied, precision(), autoRecall(), top3Recall());
    }
}
