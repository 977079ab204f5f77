package dev.lineup.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refresh report a user reads: sentences without zero counts or code words; the CLI's line keeps its form. */
class RefreshReportTest {
    @Test
    void theAppsWordsLeaveOutZeroCountsAndSayWhatANewAddressMeans() {
        RefreshReport r = new RefreshReport("Sample", 1491, 6, 0, 0, 3, 0, 0, 0, Duration.ofMillis(600), List.of());
        assertThat(r.words()).isEqualTo("Sample: 1,491 channels; 6 new, 3 now play from a new address "
                + "(your layouts follow them). Took 0.6 s.");
        assertThat(r.words()).doesNotContain(" 0 ").doesNotContain("re-pointed").doesNotContain("purged");
        assertThat(r.summary()).isEqualTo("Sample: 1491 channels, 6 added, 0 removed, 0 renamed, 3 re-pointed, "
                + "0 moved, 0 revived, 0 purged (0.6 s)");
    }

    @Test
    void anUnchangedSourceSaysSoAndSkippedEntriesFollowOnTheirOwnLines() {
        RefreshReport quiet = new RefreshReport("News", 1, 0, 0, 0, 0, 0, 0, 0, Duration.ofMillis(100), List.of());
        assertThat(quiet.words()).isEqualTo("News: 1 channel, nothing changed. Took 0.1 s.");
        RefreshReport skipped = new RefreshReport("P", 2, 0, 0, 0, 0, 0, 1, 0, Duration.ofMillis(100),
                List.of("line 4: #EXTINF without a URL"));
        assertThat(skipped.text()).isEqualTo("P: 2 channels; 1 listed again after being removed, "
                + "1 entry skipped (see below). Took 0.1 s.\nskipped: line 4: #EXTINF without a URL");
    }
}
