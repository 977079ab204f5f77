package dev.lineup.layout.epg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Quality floor on labelled data the rules were not tuned on (see src/test/resources/epgmatch/README.md).
 * A change to the matcher that makes auto-apply less precise fails here.
 */
class EpgMatchQualityTest {
    @Test
    void heldOutHandAuthoredSetKeepsAutoApplyPrecisionAndTop3Recall() {
        EvalReport r = EvalReport.evaluate(EvalSets.handmade("heldout"), MatchOptions.defaults());
        assertThat(r.channels()).isGreaterThanOrEqualTo(150);
        assertThat(r.precision()).as(String.join("\n", r.failures())).isGreaterThanOrEqualTo(0.98);
        assertThat(r.top3Recall()).as(String.join("\n", r.failures())).isGreaterThanOrEqualTo(0.90);
        assertThat(r.autoRecall()).isGreaterThan(0.5);
    }

    @Test
    void realCorpusListingSitesMatchBackFromProviderStyleNames() {
        EvalReport r = EvalReport.evaluate(EvalSets.corpus(), MatchOptions.defaults());
        assertThat(r.channels()).isGreaterThanOrEqualTo(10);
        assertThat(r.precision()).as(String.join("\n", r.failures())).isGreaterThanOrEqualTo(0.98);
        assertThat(r.top3Recall()).isGreaterThanOrEqualTo(0.90);
    }

    /** Real labels from two listing sites, held out: the same bar as the hand-authored sets. */
    @Test
    void realTwoSiteUkListsStayPreciseAndFindTheChannelInTopThree() {
        EvalReport r = EvalReport.evaluate(EvalSets.ukTwoSite(), MatchOptions.defaults());
        assertThat(r.matchable()).isGreaterThanOrEqualTo(100);
        assertThat(r.precision()).as(String.join("\n", r.failures())).isGreaterThanOrEqualTo(0.98);
        assertThat(r.top3Recall()).as(String.join("\n", r.failures())).isGreaterThanOrEqualTo(0.90);
    }
}
