package dev.lineup.layout.epg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The targets on the labelled development set ../shared/matching-dev (real provider-style
 * names from iptv-org's human-labelled listing sites), with the metrics of its score.py at the default
 * threshold: the whole set, the tuning half and the checking half (split by country; see {@link DevSet}).
 */
class MatchingDevSetTest {
    private static DevSet set;
    private static MatchResult result;

    @BeforeAll
    static void matchOnce() {
        set = DevSet.load();
        result = DevSetReport.run(set);
    }

    private static DevSetScore score(String label, Predicate<String> which) {
        return DevSetScore.score(label, set, result, MatchOptions.DEFAULT_THRESHOLD, which);
    }

    private static void meetsTargets(DevSetScore s) {
        String why = s.row() + "\n" + String.join("\n", s.errors());
        assertThat(s.precision()).as("auto-applied precision " + why).isGreaterThanOrEqualTo(0.99);
        assertThat(s.recall()).as("auto recall " + why).isGreaterThanOrEqualTo(0.75);
        assertThat(s.top1Recall()).as("top-1 " + why).isGreaterThanOrEqualTo(0.92);
        assertThat(s.top3Recall()).as("top-3 " + why).isGreaterThanOrEqualTo(0.97);
        assertThat(s.falseOnNone()).as("auto-applies on entries without a match " + why).isZero();
    }

    @Test
    void wholeSetMeetsTheTargets() {
        DevSetScore s = score("whole set", n -> true);
        assertThat(s.entries()).isEqualTo(979);
        assertThat(s.withMatch()).isEqualTo(832);
        meetsTargets(s);
    }

    @Test
    void tuningHalfMeetsTheTargets() {
        meetsTargets(score("tuning half", DevSetScore.countries(set, DevSet.TUNING)));
    }

    @Test
    void checkingHalfMeetsTheTargets() {
        meetsTargets(score("checking half", DevSetScore.countries(set, DevSet.CHECKING)));
    }

    @Test
    void everyCandidateHasAReasonAndCandidatesComeBestFirst() {
        for (ChannelMatch m : result.matches()) {
            for (int i = 0; i < m.candidates().size(); i++) {
                GuideProposal p = m.candidates().get(i);
                assertThat(p.reason()).as(m.channel().name()).isNotBlank();
                if (i > 0) {
                    assertThat(p.confidence()).isLessThanOrEqualTo(m.candidates().get(i - 1).confidence());
                }
            }
        }
    }
}
