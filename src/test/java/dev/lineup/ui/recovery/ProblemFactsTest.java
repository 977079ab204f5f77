package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncProblem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wizard's facts of an unfinished lease read as words, not as the lockfile's keys. */
class ProblemFactsTest {
    @Test
    void anUnfinishedLeaseSaysSoAndWhenTheFolderIsFreeInLocalTime() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("holder", "Office PC");
        facts.put("state", "unfinished");
        facts.put("freeAt", "2026-12-06T19:16:19Z");
        facts.put("freeInSeconds", "299");
        facts.put("ownerId", "0d5c…");
        SyncProblem p = new SyncProblem(ProblemKind.LEASE_HELD, "Another installation holds the folder",
                "LeaseHeld: …", facts, List.of(), Instant.parse("2026-12-06T19:11:19Z"), "Dropbox /IPTV");

        List<String> shown = ProblemFacts.of(p).stream().map(f -> f.label() + ": " + f.value()).toList();

        assertThat(shown).contains("State: an unfinished publish (it stopped part-way)",
                "Free again at: " + ProblemFacts.localTime("2026-12-06T19:16:19Z"));
        assertThat(ProblemFacts.localTime("2026-12-06T19:16:19Z")).doesNotContain("T19").doesNotEndWith("Z");
        assertThat(shown).noneMatch(s -> s.startsWith("freeAt") || s.startsWith("freeInSeconds")
                || s.startsWith("state") || s.startsWith("ownerId"));
    }
}
