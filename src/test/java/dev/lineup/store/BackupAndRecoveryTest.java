package dev.lineup.store;

import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Installation;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupAndRecoveryTest {
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    @ParameterizedTest(name = "damage at byte {0}")
    @ValueSource(ints = {0, 4096})
    void aDamagedDatabaseIsMovedAsideAndTheNewestGoodBackupRestoredWithAMessage(int offset) throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.installation().init("Living room", Role.PRIMARY);
            s.settings().set("lease.ttl-seconds", "90");
            s.backups().create("test");
            s.settings().set("lease.ttl-seconds", "300"); // after the backup: lost by the restore
        }
        byte[] garbage = new byte[8192];
        java.util.Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("lineup.db").toFile(), "rw")) {
            f.seek(offset);
            f.write(garbage, 0, (int) Math.min(garbage.length, Math.max(100, f.length() - offset)));
        }

        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.installation().get()).map(Installation::name).hasValue("Living room");
            assertThat(s.settings().get("lease.ttl-seconds")).hasValue("90");
            assertThat(s.database().quickCheck()).isEqualTo("ok");
        }
        assertThat(notices).singleElement().asString().contains("was damaged").contains("moved to")
                .contains("newest good backup was restored").contains("-test.db");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("lineup.db.corrupt-"));
        }
    }

    @Test
    void aDamagedDatabaseWithoutBackupsIsKeptAsideAndAFreshOneStartedWithAMessage() throws Exception {
        LineupStore.open(dir, notices::add).close();
        Files.write(dir.resolve("lineup.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.database().schemaVersion()).isEqualTo(Migrations.latest());
        }
        assertThat(notices).singleElement().asString().contains("no good backup was found");
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.settings().set(Settings.BACKUP_KEEP, "3");
            List<Path> made = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                made.add(s.backups().create("n" + i));
                Thread.sleep(2);
            }
            assertThat(s.backups().list()).containsExactly(made.get(4), made.get(3), made.get(2));
        }
    }

    @Test
    void restoreBringsBackABackupAndSavesTheCurrentStateFirst() throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.installation().init("Before", Role.PRIMARY);
            Path backup = s.backups().create("manual");
            s.installation().init("After", Role.SECONDARY_LOCAL);

            s.backups().restore(backup);

            assertThat(s.installation().get()).map(Installation::name).hasValue("Before");
            Path safety = s.backups().list().get(0);
            assertThat(safety.getFileName().toString()).endsWith("-before-restore.db");
            try (LineupStore copy = LineupStore.open(Files.createDirectory(dir.resolve("check")), notices::add)) {
                copy.backups().restore(safety);
                assertThat(copy.installation().get()).map(Installation::name).hasValue("After");
            }
        }
    }

    @Test
    void restoringSomethingThatIsNotABackupIsRefusedAndChangesNothing() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database at all, just text......");
        try (LineupStore s = LineupStore.open(dir.resolve("data"), notices::add)) {
            s.installation().init("Kept", Role.PRIMARY);
            assertThatThrownBy(() -> s.backups().restore(junk)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("not a usable Lineup backup");
            assertThat(s.installation().get()).map(Installation::name).hasValue("Kept");
        }
    }

    @Test
    void migratingAnOlderSchemaMakesABackupFirstAndANewerSchemaIsRefused() throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.installation().init("Old", Role.PRIMARY);
        }
        List<Migrations.Step> next = new ArrayList<>(Migrations.STEPS);
        next.add(Migrations.Step.sql("CREATE TABLE later_feature (x TEXT); INSERT INTO later_feature VALUES ('y')"));
        try (Database db = Database.open(dir, notices::add, next)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest() + 1);
            assertThat(db.backups().list()).singleElement().asString().contains("-migration-v" + Migrations.latest());
            assertThat(new InstallationStore(db).get()).map(Installation::name).hasValue("Old");
        }
        assertThatThrownBy(() -> LineupStore.open(dir, notices::add)).isInstanceOf(StoreException.class)
                .hasMessageContaining("written by a newer Lineup");
    }
}
