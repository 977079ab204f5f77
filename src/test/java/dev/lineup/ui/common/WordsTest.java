package dev.lineup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Role;
import dev.lineup.model.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Code words, backup file names and ISO instants read as words and local times. */
class WordsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T22:20:00Z");

    @Test
    void aBackupReadsAsItsDateAgeAndReason() {
        String refresh = Words.backup(Path.of("/d/backups/lineup-20261206T221500.000Z-refresh-3.db"), NOW);
        assertThat(refresh).endsWith("(5 min ago) — before a source refresh").doesNotContain("20261206")
                .doesNotContain(".db");
        assertThat(Words.backup(Path.of("lineup-20261206T221500.123Z-manual.db"), NOW)).endsWith("— backed up by you");
        assertThat(Words.backup(Path.of("odd.db"), NOW)).isEqualTo("odd.db");
    }

    @Test
    void rolesAndSourceKindsAreWordsAndIsoInstantsBecomeLocalTimes() {
        assertThat(Words.of("role", Role.SECONDARY_LOCAL)).isEqualTo("Local only: writes to a folder on this computer");
        assertThat(Words.of("kind", SourceKind.EPG)).isEqualTo("Guide");
        String line = Words.localTimesIn("Lineup is already running (pid 42, since 2026-12-06T22:18:59.123Z)", NOW);
        assertThat(line).startsWith("Lineup is already running (pid 42, since ").endsWith("(1 min ago))")
                .doesNotContain("2026-12-06T").doesNotContain(".123");
    }
}
