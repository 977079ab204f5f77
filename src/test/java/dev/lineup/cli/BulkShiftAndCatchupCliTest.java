package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time shift and catch-up set in bulk from the command line (per group, per source, per channel,
 * playlist-wide) reach the published playlist and guide consistently, and survive export → import into
 * another installation. The rule: a channel's own value, else its group's, else its source's, else the
 * playlist's.
 */
class BulkShiftAndCatchupCliTest {
    static final String PLAYLIST = """
            #EXTM3U
            #EXTINF:-1 tvg-id="bbc1.uk" tvg-shift="1" catchup="append" catchup-days="3" group-title="UK",BBC One
            http://provider.example/live/1.ts
            #EXTINF:-1 tvg-id="itv1.uk" group-title="UK",ITV 1
            http://provider.example/live/2.ts
            #EXTINF:-1 tvg-id="arte.fr" group-title="France",Arte
            http://provider.example/live/3.ts
            """;
    static final String GUIDE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tv>
              <channel id="bbc1.uk"><display-name>BBC One</display-name></channel>
              <channel id="itv1.uk"><display-name>ITV 1</display-name></channel>
              <channel id="arte.fr"><display-name>Arte</display-name></channel>
              <programme start="20261206200000 +0000" stop="20261206210000 +0000" channel="bbc1.uk"><title>News</title></programme>
              <programme start="20261206200000 +0000" stop="20261206210000 +0000" channel="itv1.uk"><title>Quiz</title></programme>
              <programme start="20261206200000 +0000" stop="20261206210000 +0000" channel="arte.fr"><title>Film</title></programme>
            </tv>
            """;

    @TempDir
    Path dir;

    private Path installation(String name) throws Exception {
        Path data = dir.resolve(name);
        ok(run(data, "init", "--name", name));
        ok(run(data, "source", "add", "m3u", "Provider", "--url", dir.resolve("provider.m3u").toString()));
        ok(run(data, "source", "add", "epg", "Guide", "--url", dir.resolve("guide.xml").toString()));
        ok(run(data, "source", "refresh"));
        return data;
    }

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("provider.m3u"), PLAYLIST);
        Files.writeString(dir.resolve("guide.xml"), GUIDE);
    }

    @Test
    void levelsApplyInOrderAndThePlaylistAndGuideAgreeAfterExportAndImport() throws Exception {
        Path data = installation("den");
        ok(run(data, "layout", "create", "Home", "--from-source", "Provider"));

        assertThat(ok(run(data, "layout", "shift", "Home", "--all", "--hours", "-1")).out())
                .contains("layout 'Home': Set time shift -1 h for the whole playlist");
        ok(run(data, "layout", "shift", "Home", "--group", "UK", "--hours", "2"));
        ok(run(data, "layout", "shift", "Home", "--channel", "ITV 1", "--hours", "0"));
        ok(run(data, "layout", "catchup", "Home", "--source", "Provider", "--on", "--days", "7", "--type", "xc"));
        ok(run(data, "layout", "catchup", "Home", "--group", "France", "--off"));

        Path first = dir.resolve("first");
        ok(run(data, "output", "Home", "--to", first.toString()));
        String m3u = Files.readString(first.resolve("home.m3u"));
        String xml = Files.readString(first.resolve("home.xml"));
        // BBC One: its group's +2 h (the provider's tvg-shift goes: the guide itself is shifted); catch-up from
        // its source: on, 7 days, type xc.
        assertThat(line(m3u, "BBC One")).doesNotContain("tvg-shift").contains("catchup=\"xc\"", "catchup-days=\"7\"");
        assertThat(xml).contains("start=\"20261206220000 +0000\" stop=\"20261206230000 +0000\" channel=\"bbc1.uk\"");
        // ITV 1: its own 0 h wins over the group's +2 h.
        assertThat(xml).contains("start=\"20261206200000 +0000\" stop=\"20261206210000 +0000\" channel=\"itv1.uk\"");
        assertThat(line(m3u, "ITV 1")).contains("catchup=\"xc\"", "catchup-days=\"7\"");
        // Arte: the playlist's -1 h; its group turns catch-up off over the source's "on".
        assertThat(xml).contains("start=\"20261206190000 +0000\" stop=\"20261206200000 +0000\" channel=\"arte.fr\"");
        assertThat(line(m3u, "Arte")).doesNotContain("catchup");

        Path json = dir.resolve("home.json");
        ok(run(data, "layout", "export", "Home", json.toString()));
        Path other = installation("office");
        ok(run(other, "layout", "import", json.toString()));
        Path second = dir.resolve("second");
        ok(run(other, "output", "Home", "--to", second.toString()));
        assertThat(Files.readString(second.resolve("home.m3u"))).isEqualTo(m3u);
        assertThat(Files.readString(second.resolve("home.xml"))).isEqualTo(xml);
    }

    @Test
    void clearingALevelLetsTheOneAboveApplyAgain() throws Exception {
        Path data = installation("den");
        ok(run(data, "layout", "create", "Home", "--from-source", "Provider"));
        ok(run(data, "layout", "shift", "Home", "--group", "France", "--hours", "3"));
        ok(run(data, "layout", "shift", "Home", "--group", "France", "--clear"));
        ok(run(data, "layout", "catchup", "Home", "--all", "--off"));
        ok(run(data, "layout", "catchup", "Home", "--channel", "BBC One", "--provider"));

        Path out = dir.resolve("out");
        ok(run(data, "output", "Home", "--to", out.toString()));
        String m3u = Files.readString(out.resolve("home.m3u"));
        assertThat(Files.readString(out.resolve("home.xml")))
                .contains("start=\"20261206200000 +0000\" stop=\"20261206210000 +0000\" channel=\"arte.fr\"");
        assertThat(line(m3u, "BBC One")).contains("tvg-shift=\"1\"", "catchup=\"append\"", "catchup-days=\"3\"");
    }

    @Test
    void mistakesAreOneLineErrorsNamingWhatWasExpected() throws Exception {
        Path data = installation("den");
        ok(run(data, "layout", "create", "Home", "--from-source", "Provider"));

        assertThat(run(data, "layout", "shift", "Home", "--group", "Nope", "--hours", "1").firstErrLine())
                .isEqualTo("error: no group named 'Nope' in layout 'Home'");
        assertThat(run(data, "layout", "shift", "Home", "--all", "--hours", "30").firstErrLine())
                .isEqualTo("error: the time shift 30.0 is not between -24 and 24 hours");
        assertThat(run(data, "layout", "catchup", "Home", "--source", "Elsewhere", "--off").firstErrLine())
                .isEqualTo("error: no source named \"Elsewhere\" (see: lineup source list)");
        CliRun days = run(data, "layout", "catchup", "Home", "--all", "--on", "--days", "400");
        assertThat(days.code()).isEqualTo(1);
        assertThat(days.firstErrLine()).isEqualTo("error: catch-up days 400 is not between 1 and 90");
        assertThat(run(data, "layout", "catchup", "Home", "--all", "--on", "--type", "magic").firstErrLine())
                .startsWith("error: catch-up type \"magic\" is not one of default, append, shift");
        assertThat(run(data, "layout", "shift", "Home", "--hours", "1").code()).as("a scope is required").isEqualTo(1);
    }

    @Test
    void aShiftedGroupBesideTheOriginalGetsItsOwnGuideChannelSoBothShowTheRightTimes() throws Exception {
        Files.writeString(dir.resolve("provider.m3u"), PLAYLIST + """
                #EXTINF:-1 tvg-id="bbc1.uk" group-title="UK +2",BBC One +2
                http://provider.example/live/9.ts
                """);
        Path data = installation("den");
        ok(run(data, "layout", "create", "Home", "--from-source", "Provider"));
        ok(run(data, "layout", "shift", "Home", "--group", "UK +2", "--hours", "2"));

        Path out = dir.resolve("out");
        ok(run(data, "output", "Home", "--to", out.toString()));
        String m3u = Files.readString(out.resolve("home.m3u"));
        String xml = Files.readString(out.resolve("home.xml"));
        assertThat(line(m3u, "BBC One")).contains("tvg-id=\"bbc1.uk\"");
        assertThat(line(m3u, "BBC One +2")).contains("tvg-id=\"bbc1.uk+2\"");
        assertThat(xml).contains("<channel id=\"bbc1.uk\">", "<channel id=\"bbc1.uk+2\">",
                "start=\"20261206200000 +0000\" stop=\"20261206210000 +0000\" channel=\"bbc1.uk\"",
                "start=\"20261206220000 +0000\" stop=\"20261206230000 +0000\" channel=\"bbc1.uk+2\"");
    }

    private static String line(String m3u, String name) {
        return m3u.lines().filter(l -> l.startsWith("#EXTINF") && l.endsWith("," + name)).findFirst().orElseThrow();
    }
}
