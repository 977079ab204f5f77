package dev.lineup.service.publish;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.PublishFixture;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.LinkVerdict;
import dev.lineup.sync.PublishEvent;
import dev.lineup.task.Progress;
import dev.lineup.sync.PublishReport;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What players get from a publish: one URL (the playlist names its published guide, and does not change from
 * one publish to the next because of it), file names that survive a rename of the layout, and the
 * player's-eye check of every link. Real store, real local folder, the real Dropbox SDK against the fake.
 */
class PlayerReadyPublishTest {
    private static final String GUIDE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n"
            + "<channel id=\"one.uk\"><display-name>One News</display-name></channel>\n"
            + "<programme start=\"20261206180000 +0000\" stop=\"20261206190000 +0000\" channel=\"one.uk\">"
            + "<title>Evening News</title></programme>\n</tv>\n";
    @TempDir
    Path tmp;

    private Path installationWithGuide() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Path guide = Files.writeString(tmp.resolve("guide.xml"), GUIDE, StandardCharsets.UTF_8);
        ok(run(data, "source", "add", "epg", "G", "--url", guide.toString()));
        ok(run(data, "source", "refresh", "G"));
        return data;
    }

    private static String header(byte[] playlist) {
        String s = new String(playlist, StandardCharsets.UTF_8);
        return s.substring(0, s.indexOf('\n'));
    }

    private static String link(PublishResult r, String file) {
        return r.report().files().stream().filter(f -> f.name().equals(file)).findFirst().orElseThrow().shareLink();
    }

    @Test
    void aLocalTargetsPlaylistNamesItsGuideAndStaysTheSameFromOnePublishToTheNext() throws Exception {
        Path data = installationWithGuide();
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE)) {
            PublishResult first = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Path out = data.resolve("published");
            byte[] playlist = Files.readAllBytes(out.resolve("family.m3u"));
            String guideLink = out.resolve("family.xml.gz").toUri().toString();
            assertThat(link(first, "family.xml.gz")).isEqualTo(guideLink);
            assertThat(header(playlist)).isEqualTo("#EXTM3U url-tvg=\"" + guideLink + "\" x-tvg-url=\"" + guideLink
                    + "\"");
            assertThat(first.links()).extracting(LinkVerdict::file).containsExactly("family.m3u", "family.xml",
                    "family.xml.gz");
            assertThat(first.links()).allSatisfy(v -> assertThat(v.sentence()).isEqualTo("players can load this link"));

            PublishResult second = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(Files.readAllBytes(out.resolve("family.m3u"))).isEqualTo(playlist);
            assertThat(second.report().uploadedCount()).as("nothing changed, so nothing was written").isZero();
            assertThat(second.report().manifestWritten()).isFalse();
        }
    }

    @Test
    void onDropboxThePlaylistNamesTheGuidesShareLinkAndARenameKeepsFilesAndLinks() throws Exception {
        Path data = installationWithGuide();
        try (FakeDropbox fake = FakeDropbox.start()) {
            Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                    "BOX_TOKEN", fake.newAccessToken("Fake User"));
            ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env",
                    "BOX_TOKEN"));
            try (Workspace ws = Workspace.open(data, null, m -> { });
                 PublishService service = new PublishService(ws.store(), data, Env.overlay(env), null,
                         StartedBy.COMMAND_LINE)) {
                PublishResult first = service.publish(List.of("Family"), "box", Progress.NONE, PublishEvent.IGNORED, null);
                String guideLink = link(first, "family.xml.gz");
                assertThat(guideLink).startsWith(fake.baseUrl() + "/scl/fi/").contains("raw=1");
                // Dropbox makes a share link only for a file that exists: the guide goes up first, and the playlist
                // names its link before it goes up, so players get one URL from the first publish on.
                byte[] playlist = fake.content("/IPTV/family.m3u").orElseThrow();
                assertThat(header(playlist)).isEqualTo("#EXTM3U url-tvg=\"" + guideLink + "\" x-tvg-url=\""
                        + guideLink + "\"");
                assertThat(first.report().files()).extracting(PublishReport.FileResult::name)
                        .containsExactly("family.m3u", "family.xml", "family.xml.gz");
                assertThat(first.report().bytesUploaded()).isEqualTo(first.report().files().stream()
                        .mapToLong(PublishReport.FileResult::size).sum());
                assertThat(first.linksPlayable()).as("%s", first.links()).isTrue();
                assertThat(first.links()).hasSize(3);

                PublishResult again = service.publish(List.of("Family"), "box", Progress.NONE, PublishEvent.IGNORED, null);
                assertThat(fake.content("/IPTV/family.m3u")).hasValue(playlist);
                assertThat(again.report().files()).extracting(PublishReport.FileResult::uploaded).containsOnly(false);
                assertThat(again.report().bytesUploaded()).as("nothing changed: nothing uploaded").isZero();
                assertThat(again.report().manifestWritten()).isFalse();

                new dev.lineup.service.layouts.LayoutService(ws.store()).rename("Family", "Everyone");
                PublishResult renamed = service.publish(List.of("Everyone"), "box", Progress.NONE, PublishEvent.IGNORED, null);
                assertThat(renamed.report().files()).extracting(PublishReport.FileResult::name)
                        .contains("family.m3u", "family.xml.gz");
                assertThat(link(renamed, "family.m3u")).isEqualTo(link(first, "family.m3u"));
                assertThat(link(renamed, "family.xml.gz")).isEqualTo(guideLink);
                assertThat(fake.content("/IPTV/family.m3u")).hasValue(playlist);
                assertThat(fake.content("/IPTV/everyone.m3u")).isEmpty();
                assertThat(dev.lineup.sync.FolderIndex.parse(fake.content("/IPTV/lineup-manifest.json").orElseThrow())
                        .layouts().get("family").name()).isEqualTo("Everyone");
            }
        }
    }

    @Test
    void linksThatGivePlayersAWebPageAreReportedAndTheCheckCanBeSwitchedOff() throws Exception {
        Path data = installationWithGuide();
        try (FakeDropbox fake = FakeDropbox.start()) {
            Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                    "BOX_TOKEN", fake.newAccessToken("Fake User"));
            ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env",
                    "BOX_TOKEN"));
            fake.serveLinkPagesInsteadOfFiles(true);
            try (Workspace ws = Workspace.open(data, null, m -> { });
                 PublishService service = new PublishService(ws.store(), data, Env.overlay(env), null,
                         StartedBy.COMMAND_LINE)) {
                PublishResult r = service.publish(List.of("Family"), "box", Progress.NONE, PublishEvent.IGNORED, null);
                assertThat(r.linksPlayable()).isFalse();
                assertThat(r.links()).allSatisfy(v -> assertThat(v.problem())
                        .startsWith("the link gives Dropbox's download page (HTML) instead of the file"));

                ws.store().settings().set("publish.check-links", "false");
                assertThat(service.publish(List.of("Family"), "box", Progress.NONE, PublishEvent.IGNORED, null).links()).isEmpty();
            }
        }
    }
}
