package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.ProblemRecord;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.model.TargetConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsAndSecretsTest {
    @TempDir
    Path dir;

    @Test
    void settingsHaveDefaultsValidateNumbersAndSurviveReopening() {
        try (LineupStore s = LineupStore.open(dir, m -> { })) {
            assertThat(s.settings().getInt(Settings.BACKUP_KEEP)).isEqualTo(10);
            assertThatThrownBy(() -> s.settings().set(Settings.BACKUP_KEEP, "ten"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
            s.settings().set(Settings.BACKUP_KEEP, "4");
            s.settings().set("ui.theme", "dark");
        }
        try (LineupStore s = LineupStore.open(dir, m -> { })) {
            assertThat(s.settings().getInt(Settings.BACKUP_KEEP)).isEqualTo(4);
            assertThat(s.settings().all()).containsEntry("ui.theme", "dark").containsEntry(Settings.LEASE_TTL, "120");
            assertThat(s.settings().get("no.such")).isEmpty();
        }
    }

    @Test
    void credentialsOfASourceLiveOnlyInTheSecretsTableAndLeaveWithTheSource() throws Exception {
        String url = "http://bob:hunter2@iptv.example/get.php?username=bob&password=hunter2&type=m3u";
        try (LineupStore s = LineupStore.open(dir, m -> { })) {
            Source src = s.sources().add("P", SourceKind.M3U, url, null, null, false, false);
            Source xc = s.sources().add("X", SourceKind.XTREAM, "http://xc.example:8080", "bob", "pa55word", false, false);
            assertThat(src.location()).isEqualTo("http://***@iptv.example/get.php?username=***&password=***&type=m3u");
            assertThat(s.sources().location(src)).isEqualTo(url);
            assertThat(s.sources().password(xc)).hasValue("pa55word");
            assertThat(s.sources().list().toString()).doesNotContain("hunter2").doesNotContain("pa55word");
            assertThat(s.settings().all().toString()).doesNotContain("hunter2");
            assertThat(s.sources().remove("X")).isTrue();
            assertThat(s.secrets().get("source." + xc.id() + ".password")).isEmpty();
            assertThat(s.sources().add("P2", SourceKind.EPG, "/tmp/g.xml", null, null, false, false).location())
                    .isEqualTo("/tmp/g.xml");
            assertThatThrownBy(() -> s.sources().add("P", SourceKind.M3U, "x", null, null, false, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
        }
        boolean lingers = Files.readString(dir.resolve("lineup.db"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("pa55word");
        assertThat(lingers).as("deleted password still readable in the database file").isFalse();
    }

    @Test
    void targetsAndProblemHistoryAreKept() {
        try (LineupStore s = LineupStore.open(dir, m -> { })) {
            s.targets().put(new TargetConfig("Box", "dropbox", "{\"folder\":\"/IPTV\"}"));
            s.secrets().put("target.Box.refresh-token", "rt");
            Instant t0 = Instant.parse("2026-11-22T10:00:00Z");
            s.problems().record(new ProblemRecord(t0, "Box", "LeaseHeld", "held by Office PC", Map.of("pid", "42")));
            s.problems().record(new ProblemRecord(t0.plusSeconds(60), "Box", "RateLimited", "429", Map.of()));
            s.problems().record(new ProblemRecord(t0.plusSeconds(120), "Box", "LeaseHeld", "again", Map.of()));
            assertThat(s.targets().find("Box")).map(TargetConfig::configJson).hasValue("{\"folder\":\"/IPTV\"}");
            assertThat(s.problems().recent(2)).extracting(ProblemRecord::summary).containsExactly("again", "429");
            assertThat(s.problems().recent(5).get(2).facts()).containsEntry("pid", "42");
            assertThat(s.problems().countsSince(t0)).containsEntry("LeaseHeld", 2).containsEntry("RateLimited", 1);
            assertThat(s.targets().remove("Box")).isTrue();
            assertThat(s.secrets().get("target.Box.refresh-token")).isEmpty();
        }
    }
}
