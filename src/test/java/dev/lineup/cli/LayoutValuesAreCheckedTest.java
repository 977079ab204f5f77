package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.service.layouts.LayoutService;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout values that used to import with exit 0 and then break every later output (a 300-character
 * name, a shift of 1e308 hours, a negative day window, a name with a newline, two names giving the
 * same file names) are refused on import and by the editor's service; {@code layout delete} removes one.
 */
class LayoutValuesAreCheckedTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void installation() {
        data = dir.resolve("data");
        ok(run(data, "init", "--name", "Den"));
    }

    private Path layoutFile(String name, String options, String channel) throws Exception {
        String json = "{\"format\":\"lineup-layout\",\"version\":1,\"name\":" + name + options
                + ",\"groups\":[{\"name\":\"News\",\"channels\":[{\"sourceKey\":\"name:news\"" + channel + "}]}]}";
        return Files.writeString(dir.resolve("layout-" + Math.abs(json.hashCode()) + ".json"), json);
    }

    private void importIsRefused(Path file, String expected) {
        CliRun r = run(data, "layout", "import", file.toString());
        assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.firstErrLine()).startsWith("error: " + file).contains(expected).doesNotContain("Exception");
        assertThat(run(data, "layout", "list").out()).startsWith("no layouts");
    }

    @Test
    void badValuesInALayoutFileAreRefusedNamingTheFile() throws Exception {
        importIsRefused(layoutFile("\"" + "L".repeat(300) + "\"", "", ""), "longer than 100 characters");
        importIsRefused(layoutFile("\"Fam\"", "", ",\"shiftHours\":1e308"), "time shift 1.0E308 is not between -24 and 24");
        importIsRefused(layoutFile("\"Fam\"", ",\"options\":{\"guideDaysBack\":-5}", ""), "guideDaysBack -5");
        importIsRefused(layoutFile("\"Fam\\nily\"", "", ""), "line break");
        importIsRefused(layoutFile("\"  \"", "", ""), "missing \"name\"");
    }

    @Test
    void twoLayoutsWhoseFilesWouldCollideAreRefusedNamingBoth() throws Exception {
        ok(run(data, "layout", "import", layoutFile("\"fam\"", "", "").toString()));

        CliRun r = run(data, "layout", "import", layoutFile("\"FAM!\"", "", "").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).contains("'fam'", "'FAM!'", "fam.m3u");
        assertThat(run(data, "layout", "list").out().lines()).hasSize(1);
    }

    @Test
    void anOldDatabaseHoldingCollidingLayoutsIsNotOutputOverEachOther() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            ws.store().layouts().save(new Layout("fam", LayoutOptions.DEFAULTS, List.of()));
            ws.store().layouts().save(new Layout("FAM!", LayoutOptions.DEFAULTS, List.of()));
        }

        // Each layout's file name is chosen once when it is stored, unique: the second gets its own.
        ok(run(data, "output", "fam"));
        CliRun r = ok(run(data, "output", "FAM!"));

        assertThat(r.out()).contains("fam-2.m3u").doesNotContain("fam.m3u");
    }

    @Test
    void layoutDeleteRemovesALayoutAndNamesAMissingOne() throws Exception {
        ok(run(data, "layout", "import", layoutFile("\"fam\"", "", "").toString()));

        ok(run(data, "layout", "delete", "fam"));
        CliRun again = run(data, "layout", "delete", "fam");

        assertThat(run(data, "layout", "list").out()).startsWith("no layouts");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.firstErrLine()).isEqualTo("error: no layout named \"fam\" (see: lineup layout list)");
    }

    @Test
    void theEditorsServiceRefusesTheSameValues() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            LayoutService service = new LayoutService(ws.store());
            Layout fam = service.create("fam");

            assertThatThrownBy(() -> service.create("FAM!")).hasMessageContaining("'fam'");
            assertThatThrownBy(() -> service.create("x".repeat(101))).hasMessageContaining("longer than 100");
            assertThatThrownBy(() -> service.create("two\nlines")).hasMessageContaining("line break");
            assertThatThrownBy(() -> service.save(new Layout("fam", new LayoutOptions(-5, 3, true, true),
                    fam.groups()))).hasMessageContaining("guideDaysBack -5");
            service.rename("fam", "Fam"); // the same file names as itself: fine
            assertThat(service.names()).containsExactly("Fam");
        }
    }
}
