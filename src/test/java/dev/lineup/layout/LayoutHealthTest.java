package dev.lineup.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutHealthTest {
    private static final Layout L = new Layout("Family", null, List.of(
            new LayoutGroup("News", false, List.of(
                    new LayoutChannel("a", "BBC One", 1, "http://l/a.png", null, "BBC1", 0, false, true),
                    new LayoutChannel("b", "CNN", 1, null, null, null, 0, false, true),
                    new LayoutChannel("c", "Old", 1, null, null, null, 0, true, true))),
            new LayoutGroup("Empty", false, List.of()),
            new LayoutGroup("Also empty", true, List.of()),
            new LayoutGroup("Hidden", true, List.of(new LayoutChannel("d", "Gone", 2, null, null, null, 0, false, true)))));

    @Test
    void countsWhatNeedsFixing() {
        HealthReport r = LayoutHealth.check(L, Set.of("c", "d", "zz"), null);
        assertThat(r.channels()).isEqualTo(4);
        assertThat(r.visibleChannels()).isEqualTo(2);
        assertThat(r.unmapped()).isEqualTo(1);
        assertThat(r.missingLogos()).isEqualTo(1);
        assertThat(r.duplicateNumbers()).isEqualTo(1);
        assertThat(r.channelsWithDuplicateNumbers()).isEqualTo(2);
        assertThat(r.removedByProvider()).isEqualTo(2);
        assertThat(r.emptyGroups()).isEqualTo(2);
        assertThat(r.neverPublished()).isTrue();
        assertThat(r.healthy()).isFalse();
    }

    @Test
    void plainTextForTheCli() {
        String text = LayoutHealth.check(L, Set.of("d"), Instant.parse("2026-11-22T10:00:00Z")).render();
        assertThat(text).startsWith("Layout 'Family': 4 channels (2 visible) in 4 groups\n")
                .contains("unmapped (no guide):   1", "duplicate numbers:     1 (2 channels)", "removed by provider:   1",
                        "last published:        2026-11-22T10:00:00Z")
                .endsWith("needs attention\n");
    }

    @Test
    void aTidyPublishedLayoutIsHealthy() {
        Layout tidy = new Layout("T", null, List.of(new LayoutGroup("G", false, List.of(
                new LayoutChannel("a", "BBC One", 1, "http://l/a.png", null, "BBC1", 0, false, true)))));
        HealthReport r = LayoutHealth.check(tidy, Set.of(), Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(r.healthy()).isTrue();
        assertThat(r.render()).startsWith("Layout 'T': 1 channel (1 visible) in 1 group\n")
                .contains("last published:        2026-11-22T10:00:00Z").endsWith("OK\n");
    }
}
