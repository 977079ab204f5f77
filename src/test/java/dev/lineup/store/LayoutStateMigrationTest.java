package dev.lineup.store;

import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lineup.model.Installation;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.LayoutState;
import dev.lineup.model.ProblemRecord;
import dev.lineup.model.PublishRun;
import dev.lineup.model.PublishedFile;
import dev.lineup.model.TargetConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema step 2 on a database as the previous version left it: schema 1, written by today's stores, with the
 * per-layout state, published files and run log in settings keys, in the exact JSON the previous version wrote
 * (Jackson with the Java-time module: instants as decimal seconds).
 */
class LayoutStateMigrationTest {
    /** What the previous version's PublishLog wrote per run and per file (its records' field names). */
    record OldRun(Instant at, String layout, String target, long generation, String outcome) {
    }

    record OldFile(String name, long size, boolean uploaded, String shareLink) {
    }

    private static final ObjectMapper OLD_JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String RULES = "{\"schema\":1,\"rules\":[{\"name\":\"kino\",\"enabled\":true,"
            + "\"match\":{\"name\":\"kino\"},\"actions\":{\"group\":\"Kino\"}}]}";
    private static final Instant FIRST = Instant.parse("2026-11-20T08:00:00.123456789Z");
    private static final Instant SECOND = Instant.parse("2026-11-22T07:00:00Z");

    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();
    final Map<String, String> oldSettings = new HashMap<>();

    @BeforeEach
    void aDatabaseAsThePreviousVersionLeftIt() throws Exception {
        try (Database db = Database.open(dir, notices::add, Migrations.STEPS.subList(0, 1))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            new InstallationStore(db).init("Den PC", Role.PRIMARY);
            // As the first schema's code wrote them (today's TargetStore and LayoutStore need tables and columns of
            // later steps).
            db.tx(c -> SourceStore.exec(c, "INSERT INTO targets(name, kind, config_json, created_at) VALUES "
                    + "('box', 'dropbox', '{\"folder\":\"/IPTV\"}', ?)", FIRST.toString()));
            db.tx(c -> SourceStore.exec(c, "INSERT INTO layouts(name, gzip_guide, plain_guide, updated_at) VALUES "
                    + "('Family', 1, 1, ?), ('Kids', 1, 1, ?)", FIRST.toString(), FIRST.toString()));
            oldSettings.put("layout.Family.target", "box");
            oldSettings.put("layout.Family.generation", "7");
            oldSettings.put("layout.Family.last-published", SECOND.toString());
            oldSettings.put("layout.Family.rules", RULES);
            oldSettings.put("layout.Family.auto-match-guides", "true");
            oldSettings.put("layout.Family.files", OLD_JSON.writeValueAsString(List.of(
                    new OldFile("family.m3u", 1234, true, "https://dl.example/s/abc/family.m3u?dl=1"),
                    new OldFile("lineup-manifest.json", 321, false, null))));
            oldSettings.put("publish.runs", OLD_JSON.writeValueAsString(List.of( // newest first
                    new OldRun(SECOND, "Family", "box", 7, "published 2 files"),
                    new OldRun(FIRST, "Kids", "output folder", 0, "rendered 12 channels to /out"))));
            oldSettings.put("layout.Kids.generation", "seven"); // unreadable: must stay where it is
            oldSettings.put("layout.Gone.target", "box"); // a layout deleted long ago: nothing to move it to
            oldSettings.put("lease.ttl-seconds", "90");
            db.tx(c -> {
                for (Map.Entry<String, String> e : oldSettings.entrySet()) {
                    SourceStore.exec(c, "INSERT INTO settings(key, value) VALUES (?, ?)", e.getKey(), e.getValue());
                }
                SourceStore.exec(c, "INSERT INTO problems(at, target, kind, summary, facts_json) VALUES (?, ?, ?, ?, ?)",
                        SECOND.toString(), "box", "LeaseHeld", "LeaseHeld: held by \"Office PC\"", "{}");
                return null;
            });
        }
    }

    @Test
    void theMigrationBacksUpFirstAndMovesEveryValueIntoItsTypedPlace() throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.database().schemaVersion()).isEqualTo(Migrations.latest());
            Path backup = s.backups().list().stream().filter(p -> p.toString().contains("migration-v1")).findFirst()
                    .orElseThrow();
            assertThat(settingsIn(backup)).as("the backup holds the database as it was").containsAllEntriesOf(oldSettings);

            assertThat(s.layoutState().get("Family")).hasValue(new LayoutState("Family", "box", 7, SECOND, RULES, true));
            assertThat(s.publishRuns().publishedFiles("Family")).containsExactly(
                    new PublishedFile("family.m3u", 1234, true, "https://dl.example/s/abc/family.m3u?dl=1"),
                    new PublishedFile("lineup-manifest.json", 321, false, null));
            assertThat(s.publishRuns().recent(10)).containsExactly(
                    new PublishRun(SECOND, "Family", "box", 7, "published 2 files"),
                    new PublishRun(FIRST, "Kids", "output folder", 0, "rendered 12 channels to /out"));
            assertThat(s.problems().recent(10)).singleElement().satisfies(p -> {
                assertThat(p.target()).isEqualTo("box");
                assertThat(p.targetId()).isNotNull();
            });

            Map<String, String> left = settingsIn(s.database().file());
            assertThat(left).as("moved keys are gone from the settings table").doesNotContainKeys(
                    "layout.Family.target", "layout.Family.generation", "layout.Family.last-published",
                    "layout.Family.rules", "layout.Family.auto-match-guides", "layout.Family.files", "publish.runs");
            assertThat(left).as("what could not be moved is kept as it was").containsEntry("layout.Kids.generation", "seven")
                    .containsEntry("layout.Gone.target", "box").containsEntry("lease.ttl-seconds", "90");
            assertThat(s.layoutState().get("Kids")).hasValue(new LayoutState("Kids", null, 0, null, null, false));
        }
    }

    @Test
    void aRenamedLayoutKeepsItsStateAndFilesAndADeletedOneTakesThemAlong() {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.layouts().rename("Family", "Lounge");
            assertThat(s.layoutState().get("Lounge")).hasValue(new LayoutState("Lounge", "box", 7, SECOND, RULES, true));
            assertThat(s.publishRuns().publishedFiles("Lounge")).hasSize(2);
            assertThat(s.layoutState().get("Family")).isEmpty();
            assertThat(s.settings().get("layout.Lounge.generation")).as("the config key form reads the row").hasValue("7");
            assertThat(s.settings().get("layout.Family.generation")).isEmpty();
            assertThatThrownBy(() -> s.layouts().rename("Lounge", "Kids")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"Kids\" exists already");

            s.layouts().delete("Lounge");
            s.layouts().save(new Layout("Lounge", LayoutOptions.DEFAULTS, List.of()));
            assertThat(s.layoutState().get("Lounge")).hasValue(new LayoutState("Lounge", null, 0, null, null, false));
            assertThat(s.publishRuns().publishedFiles("Lounge")).isEmpty();
            assertThat(s.publishRuns().recent(10)).as("history keeps runs of layouts since renamed or deleted").hasSize(2);
        }
    }

    @Test
    void theConfigKeyFormWritesTheRowAndRefusesValuesOfTheWrongForm() {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.settings().set("layout.Kids.generation", "3");
            s.settings().set("layout.Kids.last-published", "2026-12-01T10:00:00Z");
            assertThat(s.layoutState().get("Kids").orElseThrow().generation()).isEqualTo(3);
            assertThat(s.settings().all()).containsEntry("layout.Kids.last-published", "2026-12-01T10:00:00Z");
            assertThatThrownBy(() -> s.settings().set("layout.Kids.generation", "many"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
            assertThatThrownBy(() -> s.settings().set("layout.Kids.target", "nowhere"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no target named \"nowhere\"");
            assertThat(s.settings().remove("layout.Kids.generation")).isTrue();
            assertThat(s.layoutState().get("Kids").orElseThrow().generation()).isZero();
        }
    }

    @Test
    void aProblemKeepsItsTargetsIdAndNamesItWhateverTextItWasRecordedWith() {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            long id = s.problems().recent(1).get(0).targetId();
            s.problems().record(new ProblemRecord(Instant.now(), "dropbox:/IPTV", "LeaseLost", "LeaseLost: taken", Map.of(),
                    id));
            assertThat(s.problems().recent(1)).singleElement().satisfies(p -> {
                assertThat(p.targetId()).isEqualTo(id);
                assertThat(p.target()).isEqualTo("box");
            });
        }
    }

    private static Map<String, String> settingsIn(Path db) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT key, value FROM settings");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
