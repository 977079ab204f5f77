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

        Instant seen = Instant.parse("2026-12-06T19:11:19Z");
        assertThat(shown).contains("State: an unfinished publish (it stopped part-way)",
                "Free again at: " + ProblemFacts.localTime("2026-12-06T19:16:19Z", seen));
        assertThat(ProblemFacts.localTime("2026-12-06T19:16:19Z", seen)).doesNotContain("T19").doesNotEndWith("Z")
                .endsWith("(in 5 min)");
        assertThat(shown).noneMatch(s -> s.startsWith("freeAt") || s.startsWith("freeInSeconds")
                || s.startsWith("state") || s.startsWith("ownerId"));
    }

    @Test
    void agesMoveOnWhileTheWizardStaysOpen() {
        SyncProblem p = new SyncProblem(ProblemKind.LEASE_HELD, "Another installation holds the folder", "LeaseHeld: …",
                Map.of("holder", "Office PC", "heartbeatAgeSeconds", "4", "since", "2026-12-06T19:10:00Z"), List.of(),
                Instant.parse("2026-12-06T19:11:19Z"), "Dropbox /IPTV");
        Instant seen = p.at();

        assertThat(lines(p, seen, 0)).contains("Last heartbeat: 4 s ago")
                .anySatisfy(l -> assertThat(l).startsWith("Since: ").endsWith("(1 min ago)").doesNotContain("2026-12-06T"));
        assertThat(lines(p, seen.plusSeconds(3), 3)).contains("Last heartbeat: 7 s ago");
        assertThat(lines(p, seen.plusSeconds(130), 130)).contains("Last heartbeat: 2 min ago")
                .anySatisfy(l -> assertThat(l).startsWith("Since: ").endsWith("(3 min ago)"));
    }

    private static List<String> lines(SyncProblem p, Instant now, long elapsedSeconds) {
        return ProblemFacts.of(p, now, java.time.Duration.ofSeconds(elapsedSeconds)).stream()
                .map(f -> f.label() + ": " + f.value()).toList();
    }
}
