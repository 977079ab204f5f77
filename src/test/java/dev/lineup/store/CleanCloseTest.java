package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full integrity check at open is skipped only for a database that is byte for byte what a clean close left
 * after a recent check; anything else (a damaged page whose file keeps its size and time, a log left by a
 * killed process, a week gone by, a restore) still gets the check, and damage is still repaired from a backup.
 */
class CleanCloseTest {
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    private Path db() {
        return dir.resolve(Database.FILE_NAME);
    }

    @Test
    void aCleanCloseIsRecordedAndOpeningTakesTheRecordAway() throws Exception {
        Instant before = Instant.now();
        LineupStore.open(dir, notices::add).close();
        assertThat(dir.resolve(CleanClose.FILE_NAME)).exists();
        Instant checked = CleanClose.lastFullCheck(db(), Instant.now()).orElseThrow();
        assertThat(checked).isBetween(before.minusMillis(1), Instant.now());
        assertThat(dir.resolve(CleanClose.FILE_NAME)).as("a crash from here on finds no record").doesNotExist();

        CleanClose.write(db(), checked);
        assertThat(CleanClose.lastFullCheck(db(), checked.plus(CleanClose.FULL_CHECK_EVERY)))
                .as("a week later the full check runs anyway").isEmpty();
    }

    @Test
    void aPageDamagedBehindTheFilesUnchangedSizeAndTimeIsStillFoundAndRepaired() throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.installation().init("Living room", Role.PRIMARY);
            s.backups().create("test");
        }
        FileTime modified = Files.getLastModifiedTime(db());
        long size = Files.size(db());
        byte[] garbage = new byte[4096];
        java.util.Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile f = new RandomAccessFile(db().toFile(), "rw")) {
            f.seek(4096);
            f.write(garbage);
        }
        Files.setLastModifiedTime(db(), modified);
        assertThat(Files.size(db())).isEqualTo(size);

        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.installation().get()).map(Installation::name).hasValue("Living room");
            assertThat(s.database().quickCheck()).isEqualTo("ok");
        }
        assertThat(notices).singleElement().asString().contains("was damaged")
                .contains("newest good backup was restored");
    }

    @Test
    void aLogLeftBehindByAKilledProcessMeansTheFullCheck() throws Exception {
        LineupStore.open(dir, notices::add).close();
        Files.write(dir.resolve(Database.FILE_NAME + "-wal"), new byte[] {1, 2, 3});
        assertThat(CleanClose.lastFullCheck(db(), Instant.now())).isEmpty();
    }

    @Test
    void afterARestoreTheNextOpenRunsTheFullCheck() throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.installation().init("Before", Role.PRIMARY);
            Path backup = s.backups().create("manual");
            s.backups().restore(backup);
        }
        assertThat(dir.resolve(CleanClose.FILE_NAME)).doesNotExist();
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.installation().get()).map(Installation::name).hasValue("Before");
        }
        assertThat(CleanClose.lastFullCheck(db(), Instant.now().plus(Duration.ofMinutes(1))))
                .as("checked at that open, so trusted again after a clean close").isPresent();
        assertThat(notices).isEmpty();
    }
}
