package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutJson;
import dev.lineup.output.Manifest;
import dev.lineup.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library commands end to end, in-process, on a real data directory and real files. */
class LibraryCommandsTest {
    static final String PLAYLIST = """
            #EXTM3U
            #EXTINF:-1 tvg-id="channel_one" group-title="News",Channel One
            http://provider.example/live/one.ts?token=a
            #EXTINF:-1 group-title="News",Channel Two HD
            http://provider.example/live/two.ts?token=a
            #EXTINF:-1 group-title="Music",Radio Hits
            http://provider.example/live/radio.ts?token=a
            """;
    @TempDir
    Path dir;
    Path data;
    Path playlist;

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        playlist = dir.resolve("provider.m3u");
        Files.writeString(playlist, PLAYLIST);
        assertThat(run("init", "--name", "Den").code()).isZero();
        assertThat(run("source", "add", "m3u", "Prov", "--url", playlist.toString()).code()).isZero();
        assertThat(run("source", "add", "epg", "Guide", "--url",
                Corpus.path("xmltv/ektotv-example.xml").toString()).code()).isZero();
        assertThat(run("source", "refresh").code()).isZero();
    }

    @Test
    void aLayoutMadeFromASourceHasOneGroupPerCategoryAndOutputsToTheDataDirectory() throws Exception {
        CliRun c = run("layout", "create", "Family", "--from-source", "Prov");
        assertThat(c.out()).contains("created layout 'Family': 2 groups, 3 channels");
        assertThat(run("layout", "list").out()).startsWith("Family\t2 groups\t3 channels\tno rules");
        assertThat(run("layout", "create", "Family", "--from-source", "Prov").firstErrLine())
                .isEqualTo("error: a layout named \"Family\" already exists");

        CliRun o = run("output");
        assertThat(o.code()).as(o.err()).isZero();
        Path out = data.resolve("output/family");
        assertThat(Files.readString(out.resolve("family.m3u"))).contains(",Channel One\n", ",Radio Hits\n");
        Manifest m = Manifest.readFrom(out).orElseThrow();
        assertThat(m.instance().name()).isEqualTo("Den");
        assertThat(o.err()).as("a new layout has no placeholder programmes").doesNotContain("placeholder");

        CliRun to = run("output", "Family", "--to", dir.resolve("pub").toString());
        assertThat(to.code()).isZero();
        assertThat(dir.resolve("pub/family.xml.gz")).isRegularFile();
        assertThat(run("output", "Nope").firstErrLine()).isEqualTo("error: no layout named \"Nope\" (see: lineup layout list)");
    }

    @Test
    void anExportedLayoutCarriesPortableKeysAndImportingItMapsThemBackAndReplacesTheLayout() throws Exception {
        run("layout", "create", "Family", "--from-source", "Prov");
        Path file = dir.resolve("family.json");
        assertThat(run("layout", "export", "Family", file.toString()).code()).isZero();
        Layout exported = LayoutJson.read(file);
        assertThat(exported.channels().map(c -> c.sourceKey())).noneMatch(k -> k.startsWith("sc:"))
                .contains("tvg:channel_one@news", "name:radio hits@music");
        assertThat(exported.channels().map(c -> c.name())).containsExactly("Channel One", "Channel Two HD", "Radio Hits");

        String renamed = Files.readString(file).replace("\"Radio Hits\"", "\"My Radio\"");
        Files.writeString(file, renamed);
        CliRun imp = run("layout", "import", file.toString());
        assertThat(imp.out()).contains("replaced layout 'Family': 3 channels matched to source channels, 0 not found");
        run("output", "Family");
        assertThat(Files.readString(data.resolve("output/family/family.m3u"))).contains(",My Radio\n")
                .contains("http://provider.example/live/radio.ts?token=a");

        Files.writeString(file, "{\"format\":\"lineup-layout\",\n\"version\": 1, \"name\": ");
        CliRun bad = run("layout", "import", file.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.firstErrLine()).startsWith("error: " + file).contains(":2");
    }

    @Test
    void epgMatchPrintsTheContractJsonAndApplyMapsOnlyConfidentUnmappedChannels() throws Exception {
        run("layout", "create", "Family", "--from-source", "Prov");
        CliRun j = run("epg", "match", "Family", "--json");
        assertThat(j.code()).as(j.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(j.out());
        assertThat(root.isArray()).isTrue();
        JsonNode two = null;
        for (JsonNode n : root) {
            assertThat(n.fieldNames()).toIterable().containsExactly("channel", "candidates");
            if (n.get("channel").asText().equals("Channel Two HD")) {
                two = n;
            }
        }
        assertThat(two).isNotNull();
        JsonNode best = two.get("candidates").get(0);
        assertThat(best.get("guideId").asText()).isEqualTo("channel_two");
        assertThat(best.get("confidence").asDouble()).isBetween(0.9, 1.0);
        assertThat(best.fieldNames()).toIterable().containsExactly("guideId", "confidence", "reason");

        CliRun a = run("epg", "match", "Family", "--apply");
        assertThat(a.err()).contains("mapped and saved");
        Path file = dir.resolve("f.json");
        run("layout", "export", "Family", file.toString());
        Layout l = LayoutJson.read(file);
        assertThat(l.channels().filter(c -> "Channel Two HD".equals(c.name())).findFirst().orElseThrow().guideChannel())
                .isEqualTo("channel_two");
        assertThat(l.channels().filter(c -> "Radio Hits".equals(c.name())).findFirst().orElseThrow().guideChannel())
                .isNull();
    }

    @Test
    void healthCountsWhatAUserMustFixAndReadsTheLastPublishedSetting() throws Exception {
        run("layout", "create", "Family", "--from-source", "Prov");
        CliRun h = run("health", "Family");
        assertThat(h.out()).contains("unmapped (no guide):   2").contains("missing logos:         3")
                .contains("last published:        never").contains("needs attention");
        Files.writeString(playlist, PLAYLIST.replace("#EXTINF:-1 group-title=\"Music\",Radio Hits\n"
                + "http://provider.example/live/radio.ts?token=a\n", ""));
        run("source", "refresh", "Prov");
        run("config", "set", "layout.Family.last-published", "2026-11-22T10:00:00Z");
        assertThat(run("health").out()).contains("removed by provider:   1")
                .contains("last published:        2026-11-22T10:00:00Z");
    }

    @Test
    void rulesPlaceChannelsARefreshAddsAndADryRunChangesNothing() throws Exception {
        run("layout", "create", "Family", "--from-source", "Prov");
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, """
                {"schema": 1, "rules": [
                  {"name": "sport", "enabled": true, "match": {"name": "sport", "ignoreCase": true},
                   "actions": {"group": "Sport", "renameFind": " HD$", "renameReplace": "", "numberFrom": 100, "numberTo": 199}}
                ]}""");
        assertThat(run("layout", "rules", "Family", "--set", rules.toString()).out()).contains("now has 1 rule;");
        Files.writeString(playlist, PLAYLIST + "#EXTINF:-1 group-title=\"Sports\",Sport One HD\nhttp://p/s1.ts\n"
                + "#EXTINF:-1 group-title=\"Kids\",Cartoons\nhttp://p/k.ts\n", StandardCharsets.UTF_8);
        CliRun dry = run("layout", "rules", "Family", "--dry-run");
        assertThat(dry.out()).contains("dry run, nothing changed: 0 placed");

        CliRun r = run("source", "refresh", "Prov");
        assertThat(r.out()).contains("rules of layout 'Family': 1 placed, 1 not placed by any rule")
                .contains("+ Sport One -> Sport #100");
        run("output", "Family");
        String m3u = Files.readString(data.resolve("output/family/family.m3u"));
        assertThat(m3u).contains("tvg-chno=\"100\"").contains(",Sport One\n").doesNotContain("Cartoons");
        Files.writeString(rules, "{\"schema\": 1, \"rules\": [{\"name\": \"x\", \"actions\": {\"grup\": \"A\"}}]}");
        CliRun bad = run("layout", "rules", "Family", "--set", rules.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.firstErrLine()).startsWith("error: " + rules + ":1");
    }
}
