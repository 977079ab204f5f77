package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placeholder programmes are a layout's own choice, off for a new layout: its guide has none for the channels no
 * guide source has, and Health says players show no programmes for them; switched on, the next output gives each a
 * placeholder programme and Health counts them as covered.
 */
class PlaceholderGuidesCliTest {
    @TempDir
    Path dir;
    Path data;

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        Path playlist = dir.resolve("provider.m3u");
        Files.writeString(playlist, LibraryCommandsTest.PLAYLIST);
        assertThat(run("init", "--name", "Den").code()).isZero();
        assertThat(run("source", "add", "m3u", "Prov", "--url", playlist.toString()).code()).isZero();
        assertThat(run("source", "add", "epg", "Guide", "--url",
                Corpus.path("xmltv/ektotv-example.xml").toString()).code()).isZero();
        assertThat(run("source", "refresh").code()).isZero();
        assertThat(run("layout", "create", "Family", "--from-source", "Prov").code()).isZero();
    }

    @Test
    void aNewLayoutsGuideHasNoPlaceholdersUntilSwitchedOnThenHealthCountsThemAsCovered() throws Exception {
        assertThat(run("layout", "placeholders", "Family").out())
                .contains("placeholder programmes off (players show no programmes for channels without a guide)");
        CliRun o = run("output");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err()).doesNotContain("placeholder");
        assertThat(guide()).doesNotContain("lineup-dummy");
        String health = run("health", "Family").out();
        assertThat(health).contains("unmapped (no guide):   2").doesNotContain("placeholder programme");

        CliRun on = run("layout", "placeholders", "Family", "on");
        assertThat(on.code()).as(on.err()).isZero();
        assertThat(on.out()).contains("placeholder programmes on (channels without a guide show a placeholder programme)");
        o = run("output");
        assertThat(o.err()).contains("2 channel(s) without a guide got placeholder programmes");
        assertThat(guide()).contains("lineup-dummy.");
        assertThat(run("health", "Family").out()).contains("unmapped (no guide):   0",
                "placeholder programme: 2 (no guide; players show a placeholder programme)");

        assertThat(run("layout", "placeholders", "Family", "off").code()).isZero();
        run("output");
        assertThat(guide()).doesNotContain("lineup-dummy");
    }

    @Test
    void aWrongValueOrLayoutIsRefusedWithASentence() {
        CliRun bad = run("layout", "placeholders", "Family", "maybe");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.firstErrLine()).isEqualTo("error: placeholders: expected on or off, not \"maybe\"");
        CliRun none = run("layout", "placeholders", "Nope", "on");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.firstErrLine()).isEqualTo("error: no layout named \"Nope\" (see: lineup layout list)");
    }

    @Test
    void anExportCarriesTheChoiceAndImportingItBackRestoresIt() throws Exception {
        run("layout", "placeholders", "Family", "on");
        Path file = dir.resolve("family.json");
        assertThat(run("layout", "export", "Family", file.toString()).code()).isZero();
        assertThat(Files.readString(file)).contains("\"placeholderGuides\" : true");
        run("layout", "placeholders", "Family", "off");
        CliRun imp = run("layout", "import", file.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(run("layout", "placeholders", "Family").out()).contains("placeholder programmes on");
    }

    private String guide() throws IOException {
        Path gz = data.resolve("output/family/family.xml.gz");
        if (!Files.exists(gz)) {
            return "";
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
