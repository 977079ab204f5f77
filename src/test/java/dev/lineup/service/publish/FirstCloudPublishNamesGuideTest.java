package dev.lineup.service.publish;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.PublishFixture;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.PublishEvent;
import dev.lineup.task.Progress;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.WriteRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job a user schedules: {@code lineup output}, then {@code publish} to Dropbox, then the same publish with
 * nothing changed. Dropbox makes a share link only for a file that exists, so the first publish puts the guide
 * up first and names its link in the playlist before the playlist goes up; the unchanged publish then uploads
 * not one byte of the layout's files (it used to upload the whole playlist again, to add the link). The
 * provider's header defaults stay after the link, and the user's output folder is left as rendered. Real CLI,
 * real store, the real Dropbox SDK against the fake (its write log says what was uploaded, in which order).
 */
class FirstCloudPublishNamesGuideTest {
    private static final String GUIDE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n"
            + "<channel id=\"one.uk\"><display-name>One News</display-name></channel>\n"
            + "<programme start=\"20261206180000 +0000\" stop=\"20261206190000 +0000\" channel=\"one.uk\">"
            + "<title>Evening News</title></programme>\n</tv>\n";
    private static final String DEFAULTS = "catchup=\"default\" catchup-days=\"7\"";
    @TempDir
    Path tmp;

    @Test
    void theFirstPublishNamesTheGuideAndTheUnchangedRepublishUploadsNothing() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Files.writeString(tmp.resolve("Living_room.m3u"), PublishFixture.PLAYLIST.replace("#EXTM3U",
                "#EXTM3U " + DEFAULTS), StandardCharsets.UTF_8);
        ok(run(data, "source", "refresh", "P"));
        Path guide = Files.writeString(tmp.resolve("guide.xml"), GUIDE, StandardCharsets.UTF_8);
        ok(run(data, "source", "add", "epg", "G", "--url", guide.toString()));
        ok(run(data, "source", "refresh", "G"));
        try (FakeDropbox fake = FakeDropbox.start()) {
            Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                    "BOX_TOKEN", fake.newAccessToken("Fake User"));
            ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env",
                    "BOX_TOKEN"));
            ok(run(data, env, "output", "Family"));
            Path rendered = data.resolve("output").resolve("family").resolve("family.m3u");
            byte[] asRendered = Files.readAllBytes(rendered);

            String published = ok(run(data, env, "publish", "Family", "--target", "box")).out();
            String guideLink = published.lines().filter(l -> l.startsWith("family.xml.gz\t")).findFirst()
                    .orElseThrow().split("\t")[3];
            String playlist = new String(fake.content("/IPTV/family.m3u").orElseThrow(), StandardCharsets.UTF_8);
            assertThat(playlist.substring(0, playlist.indexOf('\n'))).isEqualTo("#EXTM3U url-tvg=\"" + guideLink
                    + "\" x-tvg-url=\"" + guideLink + "\" " + DEFAULTS);
            String renderedText = new String(asRendered, StandardCharsets.UTF_8);
            assertThat(playlist.substring(playlist.indexOf('\n'))).as("every entry as rendered")
                    .isEqualTo(renderedText.substring(renderedText.indexOf('\n'))).contains("Kids TV");
            List<String> uploads = fake.writeLog().stream().map(WriteRecord::path)
                    .filter(p -> p.contains("/family.")).toList();
            assertThat(uploads).as("the guide goes up before the playlist that names it")
                    .containsExactly("/IPTV/family.xml", "/IPTV/family.xml.gz", "/IPTV/family.m3u");
            assertThat(Files.readAllBytes(rendered)).as("the output folder keeps what was rendered there")
                    .isEqualTo(asRendered);

            int before = fake.writeLog().size();
            String again = ok(run(data, env, "publish", "Family", "--target", "box")).out();
            List<WriteRecord> during = fake.writeLog().subList(before, fake.writeLog().size());
            assertThat(during).as("nothing changed: no file of the layout is written")
                    .noneMatch(w -> w.path().contains("/family.") || w.path().endsWith("lineup-manifest.json"));
            assertThat(again).contains("0 of 3 files uploaded, 0 bytes");
        }
    }

    @Test
    void onALocalFolderTheFirstPublishNamesTheGuideToo() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Path guide = Files.writeString(tmp.resolve("guide.xml"), GUIDE, StandardCharsets.UTF_8);
        ok(run(data, "source", "add", "epg", "G", "--url", guide.toString()));
        ok(run(data, "source", "refresh", "G"));
        ok(run(data, "output", "Family"));
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Path out = data.resolve("published");
            String link = out.resolve("family.xml.gz").toUri().toString();
            assertThat(Files.readString(out.resolve("family.m3u"))).startsWith("#EXTM3U url-tvg=\"" + link + "\"");
            PublishResult again = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(again.report().uploadedCount()).isZero();
            assertThat(again.report().bytesUploaded()).isZero();
        }
    }
}
