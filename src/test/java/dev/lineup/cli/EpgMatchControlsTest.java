package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's matching controls, set with {@code config set} and honoured by {@code epg match}: which guide
 * sources are searched and in what order (every layout, one layout, one group), words to ignore in names,
 * and a guide source's default country.
 */
class EpgMatchControlsTest {
    static final String PLAYLIST = """
            #EXTM3U
            #EXTINF:-1 group-title="Movies",UK: Cinemax
            http://provider.example/live/1.ts
            #EXTINF:-1 group-title="Movies",VIP Film Four
            http://provider.example/live/2.ts
            #EXTINF:-1 group-title="Music",Hits Radio
            http://provider.example/live/3.ts
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

    private static String guide(String... idAndName) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n");
        for (int i = 0; i < idAndName.length; i += 2) {
            b.append("  <channel id=\"").append(idAndName[i]).append("\"><display-name>").append(idAndName[i + 1])
                    .append("</display-name></channel>\n");
        }
        return b.append("</tv>\n").toString();
    }

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        playlist = Files.writeString(dir.resolve("p.m3u"), PLAYLIST);
        Path a = Files.writeString(dir.resolve("a.xml"), guide("a-101", "Cinemax", "a-102", "Film Four", "a-103", "Hits Radio", "a-104", "Kino Plus"));
        Path b = Files.writeString(dir.resolve("b.xml"), guide("b-201", "Cinemax", "b-202", "Film Four", "b-203", "Hits Radio"));
        assertThat(run("init", "--name", "Den").code()).isZero();
        assertThat(run("source", "add", "m3u", "Prov", "--url", playlist.toString()).code()).isZero();
        assertThat(run("source", "add", "epg", "GuideA", "--url", a.toString()).code()).isZero();
        assertThat(run("source", "add", "epg", "GuideB", "--url", b.toString()).code()).isZero();
        assertThat(run("source", "refresh").code()).isZero();
        assertThat(run("layout", "create", "Family", "--from-source", "Prov").code()).isZero();
    }

    private JsonNode match() throws Exception {
        CliRun r = run("epg", "match", "Family", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> ids(JsonNode root, String channel) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : root) {
            if (n.get("channel").asText().equals(channel)) {
                n.get("candidates").forEach(c -> out.add(c.get("guideId").asText()));
            }
        }
        return out;
    }

    @Test
    void sourcePriorityPerLayoutAndPerGroupDecidesWhatIsSearchedAndInWhatOrder() throws Exception {
        assertThat(ids(match(), "Hits Radio")).containsExactly("a-103", "b-203");
        assertThat(run("config", "set", "epg.sources.Family", "GuideB, GuideA").code()).isZero();
        assertThat(ids(match(), "Hits Radio")).containsExactly("b-203", "a-103");
        assertThat(run("config", "set", "epg.sources.Family/Music", "GuideA").code()).isZero();
        JsonNode root = match();
        assertThat(ids(root, "Hits Radio")).containsExactly("a-103");
        assertThat(ids(root, "UK: Cinemax").get(0)).isEqualTo("b-201");
    }

    @Test
    void ignoredWordsAreLeftOutOfTheName() throws Exception {
        JsonNode before = match();
        assertThat(ids(before, "VIP Film Four")).isNotEmpty();
        assertThat(run("config", "set", "epg.ignore-words", "VIP, PRIME:").code()).isZero();
        JsonNode after = match();
        for (JsonNode n : after) {
            if (n.get("channel").asText().equals("VIP Film Four")) {
                JsonNode best = n.get("candidates").get(0);
                assertThat(best.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.9);
                assertThat(best.get("reason").asText()).contains("display-name 'Film Four'");
            }
        }
    }

    @Test
    void aGuideSourcesDefaultCountryCountsAsTheCountryOfItsChannels() throws Exception {
        assertThat(ids(match(), "UK: Cinemax").get(0)).isEqualTo("a-101");
        assertThat(run("config", "set", "epg.country.GuideB", "UK").code()).isZero();
        JsonNode root = match();
        assertThat(ids(root, "UK: Cinemax").get(0)).isEqualTo("b-201");
        assertThat(root.toString()).contains("country UK (from the name) is the guide channel's");

        assertThat(run("config", "set", "epg.country.GuideB", "Narnia").code()).isZero();
        CliRun bad = run("epg", "match", "Family", "--json");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.firstErrLine()).contains("epg.country.GuideB").contains("country code").contains("Narnia");
    }

    @Test
    void channelsARefreshAddsGetTheirGuideAboveTheThresholdOnlyWhenTheLayoutAsksAndTheReportSaysSo() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.json"), """
                {"schema": 1, "rules": [
                  {"name": "kino", "enabled": true, "match": {"name": "kino", "ignoreCase": true}, "actions": {"group": "Kino"}}
                ]}""");
        assertThat(run("layout", "rules", "Family", "--set", rules.toString()).code()).isZero();
        assertThat(run("config", "set", "layout.Family.auto-match-guides", "true").code()).isZero();
        Files.writeString(playlist, PLAYLIST + "#EXTINF:-1 group-title=\"Movies\",Kino Plus HD\nhttp://p/k1.ts\n"
                + "#EXTINF:-1 group-title=\"Movies\",Kino Nowhere\nhttp://p/k2.ts\n");
        CliRun r = run("source", "refresh", "Prov");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("rules of layout 'Family': 2 placed")
                .contains("guides of layout 'Family': 1 of 2 new channels mapped to a guide automatically (confidence 0.90 or more),"
                        + " 1 left to map by hand");
        Path export = dir.resolve("family.json");
        assertThat(run("layout", "export", "Family", export.toString()).code()).isZero();
        String json = Files.readString(export);
        assertThat(json).contains("a-104");
        // The channels that were there before the refresh were not touched.
        assertThat(json).doesNotContain("a-101", "a-102", "a-103");
    }
}
