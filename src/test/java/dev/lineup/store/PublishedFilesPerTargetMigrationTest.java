package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.PublishedFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema step 10 keeps published files (and so the guide link each playlist names) per layout and target. On a
 * database made by the schema before, the database is backed up first, and each layout's files go to the
 * target its newest publish went to (else the target it is set to); nothing else changes.
 */
class PublishedFilesPerTargetMigrationTest {
    private static final PublishedFile BOX_PLAYLIST = new PublishedFile("family.m3u", 1234, true,
            "https://dl.example/s/abc/family.m3u?dl=1");
    private static final PublishedFile BOX_GUIDE = new PublishedFile("family.xml.gz", 99, true,
            "https://dl.example/s/def/family.xml.gz?dl=1");
    private static final PublishedFile LOUNGE_PLAYLIST = new PublishedFile("lounge.m3u", 55, false,
            "file:///home/me/published/lounge.m3u");
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    @Test
    void filesOfThePreviousSchemaGoToTheTargetTheyWerePublishedToAfterABackup() throws Exception {
        try (Database db = Database.open(dir, notices::add, Migrations.STEPS.subList(0, 9))) {
            db.tx(c -> {
                SourceStore.exec(c, "INSERT INTO targets(id, name, kind, config_json, created_at) VALUES "
                        + "(1, 'local', 'local', '{}', '2026-12-01T00:00:00Z'), "
                        + "(2, 'box', 'dropbox', '{}', '2026-12-01T00:00:00Z')");
                // Family is set to go to the local folder, but was last published to Dropbox.
                SourceStore.exec(c, "INSERT INTO layouts(id, name, gzip_guide, plain_guide, updated_at, file_name, "
                        + "target_id) VALUES (1, 'Family', 1, 1, '2026-12-01T00:00:00Z', 'family', 1), "
                        + "(2, 'Lounge', 1, 1, '2026-12-01T00:00:00Z', 'lounge', 1), "
                        + "(3, 'Kids', 1, 1, '2026-12-01T00:00:00Z', 'kids', NULL)");
                SourceStore.exec(c, "INSERT INTO publish_runs(at, layout, target, generation, outcome) VALUES "
                        + "('2026-12-02T00:00:00Z', 'Family', 'local', 3, 'published: 2 uploaded'), "
                        + "('2026-12-03T00:00:00Z', 'Family', 'box', 4, 'published: 2 uploaded'), "
                        + "('2026-12-04T00:00:00Z', 'Family', 'local', 0, 'LeaseHeld: held by \"Office PC\"')");
                insertFile(c, 1, 0, BOX_PLAYLIST);
                insertFile(c, 1, 1, BOX_GUIDE);
                insertFile(c, 2, 0, LOUNGE_PLAYLIST);
                // Kids has neither a publish nor a target: its files belong nowhere.
                return insertFile(c, 3, 0, new PublishedFile("kids.m3u", 1, true, "file:///x/kids.m3u"));
            });
        }
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.database().schemaVersion()).isEqualTo(Migrations.latest());
            Path backup = s.backups().list().stream().filter(p -> p.toString().contains("migration-v9")).findFirst()
                    .orElseThrow();
            assertThat(filesIn(backup)).as("the backup holds the table as it was").isEqualTo(4);

            assertThat(s.publishRuns().publishedFiles("Family", "box")).containsExactly(BOX_PLAYLIST, BOX_GUIDE);
            assertThat(s.publishRuns().publishedFiles("Family", "local")).isEmpty();
            assertThat(s.publishRuns().publishedFiles("Family")).containsExactly(BOX_PLAYLIST, BOX_GUIDE);
            assertThat(s.publishRuns().publishedFiles("Lounge", "local")).containsExactly(LOUNGE_PLAYLIST);
            assertThat(s.publishRuns().publishedFiles("Kids")).isEmpty();
            assertThat(s.layouts().names()).containsExactlyInAnyOrder("Family", "Lounge", "Kids");
            assertThat(s.publishRuns().recent(10)).hasSize(3);

            // From now on, a publish to one target leaves what the layout published to the other as it was.
            PublishedFile local = new PublishedFile("family.m3u", 1200, true, "file:///home/me/published/family.m3u");
            s.publishRuns().publishedFiles("Family", "local", List.of(local));
            assertThat(s.publishRuns().publishedFiles("Family", "box")).containsExactly(BOX_PLAYLIST, BOX_GUIDE);
            assertThat(s.publishRuns().publishedFiles("Family", "local")).containsExactly(local);
            assertThat(s.publishRuns().publishedFiles("Family")).as("the newest publish").containsExactly(local);
        }
    }

    private static int insertFile(Connection c, int layoutId, int position, PublishedFile f)
            throws java.sql.SQLException {
        return SourceStore.exec(c, "INSERT INTO published_files(layout_id, position, name, size, uploaded, share_link) "
                + "VALUES (?, ?, ?, ?, ?, ?)", layoutId, position, f.name(), f.size(), f.uploaded() ? 1 : 0, f.shareLink());
    }

    private static int filesIn(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM published_files");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
