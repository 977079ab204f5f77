package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 from the command line: {@code restore} refuses what it cannot use with exit 1 and leaves the
 * data directory working; a restored backup brings its guide files back; a moved data directory works.
 */
class RecoveryCliTest {
    @TempDir
    Path dir;

    CliRun run(Path data, String... args) {
        return HomeLayout.run(data, args);
    }

    Path setUp(Path data, Path guideFile, String title) throws Exception {
        return HomeLayout.setUp(dir, data, guideFile, title);
    }

    static String guide(String title) {
        return HomeLayout.guide(title);
    }

    String outputGuide(Path data) throws Exception {
        return HomeLayout.outputGuide(dir, data);
    }

    @Test
    void restoreRefusesEmptyForeignAndNewerFilesWithOneSentenceAndTheDataDirectoryKeepsWorking() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run(data, "init", "--name", "Den").code()).isZero();
        Path empty = Files.write(dir.resolve("empty.db"), new byte[0]);
        Path foreign = dir.resolve("photos.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)");
        }
        CliRun b = run(data, "backup");
        Path newer = Path.of(b.out().trim()).resolveSibling("copied-from-a-newer-lineup.db");
        Files.copy(Path.of(b.out().trim()), newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version(version, applied_at) VALUES (99, 'later')");
        }

        for (Path bad : List.of(empty, foreign, newer)) {
            CliRun r = run(data, "restore", bad.toString());
            assertThat(r.code()).as(bad + ": " + r.err()).isEqualTo(1);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains(bad.toString()).contains("is not a usable Lineup backup")
                    .contains("the database was not changed").doesNotContain("Exception");
            CliRun after = run(data, "init", "--name", "Den");
            assertThat(after.code()).as("still usable after refusing " + bad).isZero();
        }
        assertThat(run(data, "restore", newer.toString()).err()).contains("written by a newer Lineup (schema 99");
        assertThat(run(data, "restore", empty.toString()).err()).contains("empty (0 bytes)");
    }

    @Test
    void aDatabaseANewerLineupWroteIsRefusedWithExit1AndRestoreGetsBackToABackupKeepingIt() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run(data, "init", "--name", "Den").code()).isZero();
        Path backup = Path.of(run(data, "backup").out().trim());
        assertThat(run(data, "init", "--name", "Den, renamed later").code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("lineup.db"));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version(version, applied_at) VALUES (99, 'later')");
        }

        CliRun refused = run(data, "config", "get", "backup.keep");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.firstErrLine()).contains("written by a newer Lineup (schema 99")
                .contains("lineup --data-dir " + data + " restore " + backup);
        CliRun restored = run(data, "restore", backup.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("the database a newer Lineup wrote is kept as " + data.resolve("lineup.db.newer-"));
        CliRun init = run(data, "init", "--name", "Den");
        assertThat(init.code()).isZero();
        try (var kept = Files.list(data)) {
            Path newer = kept.filter(p -> p.getFileName().toString().startsWith("lineup.db.newer-")).findFirst()
                    .orElseThrow();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT name FROM installation")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the newer database is kept whole").isEqualTo("Den, renamed later");
            }
        }
    }

    @Test
    void aSymbolicLinkPlantedAsTheInstanceLockIsAUserErrorNamingIt() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("lineup.lock"), dir.resolve("elsewhere"));
        CliRun r = run(data, "backup");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).isEqualTo("error: " + data.resolve("lineup.lock")
                + ": is a symbolic link; Lineup does not follow links for its lock files (remove it)");
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void restoringABackupBringsBackTheGuideFileItWasMadeWith() throws Exception {
        Path guideFile = dir.resolve("guide.xml");
        Path data = setUp(dir.resolve("data"), guideFile, "Morning News");
        CliRun b = run(data, "backup");
        assertThat(b.code()).isZero();
        Path backup = Path.of(b.out().trim());

        Files.writeString(guideFile, guide("Evening Film"), StandardCharsets.UTF_8);
        assertThat(run(data, "source", "refresh", "G").code()).isZero();
        assertThat(outputGuide(data)).contains("Evening Film");

        CliRun r = run(data, "restore", backup.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(outputGuide(data)).contains("Morning News").doesNotContain("Evening Film");
    }

    @Test
    void onlyTheNewestThreeBackupsKeepTheirGuideFilesSoOldGuideVersionsDoNotFillTheDisk() throws Exception {
        Path data = setUp(dir.resolve("data"), dir.resolve("guide.xml"), "Morning News");
        List<Path> made = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(Path.of(run(data, "backup").out().trim()));
        }
        for (int i = 0; i < made.size(); i++) {
            Path guides = made.get(i).resolveSibling(made.get(i).getFileName().toString().replace(".db", ".guides"));
            assertThat(Files.isDirectory(guides)).as("guides beside backup " + i).isEqualTo(i >= 2);
            assertThat(made.get(i)).exists();
        }
    }

    @Test
    void aDataDirectoryMovedElsewhereStillOutputsItsGuideAndPublishesIntoItsOwnFolder() throws Exception {
        Path guideFile = dir.resolve("guide.xml");
        Path data = setUp(dir.resolve("data"), guideFile, "Morning News");
        Files.delete(guideFile); // only the downloaded copy inside the data directory is left
        Path moved = dir.resolve("elsewhere/data");
        Files.createDirectories(moved.getParent());
        Files.move(data, moved);

        assertThat(outputGuide(moved)).contains("Morning News");
        CliRun p = run(moved, "publish", "Home", "--target", "local");
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(moved.resolve("published/home.m3u")).exists();
        assertThat(data).doesNotExist();
    }

    @Test
    void guidePathsStoredAbsoluteByAnEarlierVersionAreMigratedToRelativeOnes() throws Exception {
        Path guideFile = dir.resolve("guide.xml");
        Path data = setUp(dir.resolve("data"), guideFile, "Morning News");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("lineup.db"));
             Statement st = c.createStatement()) {
            st.execute("UPDATE sources SET guide_file = '/home/someone/.local/share/lineup/guides/' || "
                    + "replace(guide_file, 'guides/', '') WHERE guide_file IS NOT NULL");
        }
        assertThat(outputGuide(data)).contains("Morning News");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("lineup.db"));
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT guide_file FROM sources WHERE guide_file IS NOT NULL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).matches("guides/source-\\d+\\.xml");
        }
    }
}
