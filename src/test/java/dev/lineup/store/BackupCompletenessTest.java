package dev.lineup.store;

import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Installation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, defects 1–3: only whole backups count, a lost database comes back, restore checks first. */
class BackupCompletenessTest {
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    /** A database with one named installation and one good backup of it; returns the backup. */
    private Path goodState(String name) {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.installation().init(name, Role.PRIMARY);
            return s.backups().create("good");
        }
    }

    /**
     * What a backup killed half-way looked like before: the final name, part of the pages, and the
     * rollback journal SQLite keeps until the copy commits. Named newer than every real backup.
     */
    private Path halfWrittenBackup(Path good, String stamp) throws Exception {
        byte[] all = Files.readAllBytes(good);
        Path half = dir.resolve("backups").resolve("lineup-" + stamp + "-refresh-1.db");
        Files.write(half, Arrays.copyOf(all, all.length / 2));
        Files.write(half.resolveSibling(half.getFileName() + "-journal"), Arrays.copyOf(all, 4096));
        return half;
    }

    @Test
    void aBackupIsWrittenUnderATemporaryNameAndNothingOfItIsLeftBesideTheFinishedFile() throws Exception {
        Path backup = goodState("Den");
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(backup.getFileName().toString());
        }
        assertThat(BackupCheck.verify(backup).usable()).isTrue();
    }

    @Test
    void aDamagedDatabaseSkipsHalfWrittenBackupsRestoresTheNewestWholeOneAndLeavesTheOthersUntouched()
            throws Exception {
        Path good = goodState("Living room");
        Path half = halfWrittenBackup(good, "29990101T000000.000Z");
        byte[] halfBytes = Files.readAllBytes(half);
        Files.write(dir.resolve("lineup.db"), new byte[] {'S', 'Q', 'L', 'i', 't', 'e', 0, 0, 1, 2, 3});

        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.installation().get()).map(Installation::name).hasValue("Living room");
        }
        assertThat(notices).singleElement().asString().contains("was damaged")
                .contains("newest good backup was restored: " + good.getFileName());
        assertThat(Files.readAllBytes(half)).as("checking a backup never changes it").isEqualTo(halfBytes);
    }

    @ParameterizedTest(name = "database {0}")
    @ValueSource(strings = {"deleted", "emptied"})
    void aMissingOrEmptyDatabaseWhileBackupsExistIsRestoredFromTheNewestGoodOneWithAMessage(String what)
            throws Exception {
        Path good = goodState("Kitchen");
        halfWrittenBackup(good, "29990101T000000.000Z");
        if (what.equals("deleted")) {
            Files.delete(dir.resolve("lineup.db"));
        } else {
            Files.write(dir.resolve("lineup.db"), new byte[0]);
        }
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.installation().get()).map(Installation::name).hasValue("Kitchen");
        }
        assertThat(notices).singleElement().asString()
                .contains(what.equals("deleted") ? "was missing, so " : "was empty (0 bytes). It was moved to ")
                .contains("newest good backup was restored: " + good.getFileName())
                .contains("Changes made after that backup are lost");
    }

    @Test
    void aFirstStartWithoutBackupsIsAFreshDatabaseWithoutAWord() {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.installation().get()).isEmpty();
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void onlyWholeBackupsCountAgainstTheKeepSettingAndHalfWrittenOnesAreRemoved() throws Exception {
        List<Path> good = new ArrayList<>();
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.settings().set(Settings.BACKUP_KEEP, "2");
            good.add(s.backups().create("a"));
            Thread.sleep(2);
            good.add(s.backups().create("b"));
            Path half = halfWrittenBackup(good.get(1), "29990101T000000.000Z");
            Path empty = Files.write(dir.resolve("backups/lineup-29990102T000000.000Z-refresh-2.db"), new byte[0]);
            Thread.sleep(2);
            Path newest = s.backups().create("c");

            assertThat(s.backups().usable()).containsExactly(newest, good.get(1));
            assertThat(half).doesNotExist();
            assertThat(empty).doesNotExist();
            assertThat(good.get(0)).doesNotExist();
        }
    }

    @Test
    void restoreRefusesAnEmptyAForeignAndANewerFileBeforeTouchingTheDatabase() throws Exception {
        Path empty = Files.write(dir.resolve("empty.db"), new byte[0]);
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO photos(name) VALUES ('holiday')");
        }
        List<Migrations.Step> later = new ArrayList<>(Migrations.STEPS);
        later.add(Migrations.Step.sql("CREATE TABLE later_feature (x TEXT)"));
        Path newer;
        try (Database db = Database.open(Files.createDirectory(dir.resolve("newer")), notices::add, later)) {
            newer = db.backups().create("from-the-future");
        }
        Path data = dir.resolve("data");
        try (LineupStore s = LineupStore.open(data, notices::add)) {
            s.installation().init("Kept", Role.PRIMARY);
            int backups = s.backups().list().size();
            assertThatThrownBy(() -> s.backups().restore(empty)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("empty (0 bytes)").hasMessageContaining("the database was not changed");
            assertThatThrownBy(() -> s.backups().restore(foreign)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("not a Lineup database");
            assertThatThrownBy(() -> s.backups().restore(newer)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("written by a newer Lineup");
            assertThat(s.installation().get()).map(Installation::name).hasValue("Kept");
            assertThat(s.backups().list()).as("nothing was even backed up").hasSize(backups);
        }
        try (LineupStore s = LineupStore.open(data, notices::add)) {
            assertThat(s.installation().get()).map(Installation::name).hasValue("Kept");
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void restoreOfAnOlderBackupReturnsTheSafetyCopyOfTheStateBefore() {
        Path backup = goodState("Before");
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.installation().init("After", Role.PRIMARY);
            Path safety = s.backups().restore(backup);
            assertThat(safety.getFileName().toString()).endsWith("-before-restore.db");
            assertThat(BackupCheck.verify(safety).usable()).isTrue();
            assertThat(s.installation().get()).map(Installation::name).hasValue("Before");
        }
    }
}
