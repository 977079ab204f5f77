package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish} says what players get from each link; {@code layout rename} keeps the files (and so the
 * player URLs) unless told otherwise; {@code layout set-file-name} changes them with a warning.
 */
class PlayerLinksCliTest {
    @TempDir
    Path tmp;
    FakeDropbox fake;
    Path data;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        fake = FakeDropbox.start();
        env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(), "BOX_TOKEN",
                fake.newAccessToken("Fake User"));
        data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Path guide = Files.writeString(tmp.resolve("guide.xml"), "<?xml version=\"1.0\"?>\n<tv><channel id=\"one.uk\">"
                + "<display-name>One</display-name></channel></tv>\n", StandardCharsets.UTF_8);
        ok(run(data, "source", "add", "epg", "G", "--url", guide.toString()));
        ok(run(data, "source", "refresh", "G"));
        ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env", "BOX_TOKEN"));
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    @Test
    void publishSaysWhetherPlayersCanLoadEachLink() {
        CliRun r = ok(run(data, env, "publish", "--target", "box"));
        assertThat(r.out()).contains("link check: family.m3u: players can load this link (playlist URL in TiviMate, "
                + "Kodi IPTV Simple, VLC)\n").contains("link check: family.xml.gz: players can load this link");

        fake.serveLinkPagesInsteadOfFiles(true);
        CliRun page = ok(run(data, env, "publish", "--target", "box"));
        assertThat(page.out()).contains("link check: family.m3u: the link gives Dropbox's download page (HTML) "
                + "instead of the file; players need the direct link (dl.dropboxusercontent.com or raw=1)\n");

        assertThat(ok(run(data, env, "publish", "--target", "box", "--no-link-check")).out())
                .doesNotContain("link check:");
    }

    @Test
    void aRenamedLayoutKeepsItsFilesAndSetFileNameChangesThemWithAWarning() {
        ok(run(data, env, "publish", "--target", "box"));
        CliRun renamed = ok(run(data, "layout", "rename", "Family", "Everyone"));
        assertThat(renamed.out()).isEqualTo("renamed layout 'Family' to 'Everyone'; its files are family.m3u and "
                + "family.xml.gz\n");
        CliRun again = ok(run(data, env, "publish", "--target", "box"));
        assertThat(again.out()).contains("family.m3u\t").doesNotContain("everyone.m3u");

        CliRun set = ok(run(data, "layout", "set-file-name", "Everyone", "everyone"));
        assertThat(set.out()).isEqualTo("layout 'Everyone' now writes everyone.m3u (was family.m3u)\n");
        assertThat(set.err()).startsWith("warning: players load the old files' links");
        assertThat(ok(run(data, env, "publish", "--target", "box")).out()).contains("everyone.m3u\t");

        CliRun bad = run(data, "layout", "set-file-name", "Everyone", "Family TV.m3u");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.firstErrLine()).contains("\"Family TV.m3u\" is not usable as a file name");
    }
}
