package dev.lineup.service.publish;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.cli.PublishFixture;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.PublishEvent;
import dev.lineup.task.Progress;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One layout published in turn to a local folder and to a Dropbox folder: each playlist names the guide
 * published beside it (a player loading the Dropbox playlist must not be sent to a file on this computer, nor
 * the other way round), publishing each again with nothing changed uploads nothing, and the Publish screen shows
 * each folder's own last publish (its generation, files and links). Real CLI, real store, the real Dropbox SDK
 * against the fake.
 */
class GuideLinkPerTargetTest {
    @TempDir
    Path tmp;

    @Test
    void eachTargetsPlaylistNamesItsOwnGuideAndAnUnchangedRepublishToEachUploadsNothing() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Path localFolder = data.resolve("published");
        String localGuide = localFolder.resolve("family.xml.gz").toUri().toString();
        try (FakeDropbox fake = FakeDropbox.start()) {
            Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                    "BOX_TOKEN", fake.newAccessToken("Fake User"));
            ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env",
                    "BOX_TOKEN"));

            ok(run(data, env, "publish", "Family", "--target", "local"));
            assertThat(header(Files.readString(localFolder.resolve("family.m3u"))))
                    .startsWith("#EXTM3U url-tvg=\"" + localGuide + "\"");

            String toBox = ok(run(data, env, "publish", "Family", "--target", "box")).out();
            String boxGuide = toBox.lines().filter(l -> l.startsWith("family.xml.gz\t")).findFirst()
                    .orElseThrow().split("\t")[3];
            assertThat(boxGuide).startsWith("http").isNotEqualTo(localGuide);
            assertThat(header(boxPlaylist(fake))).as("the Dropbox playlist names the Dropbox guide")
                    .startsWith("#EXTM3U url-tvg=\"" + boxGuide + "\"");

            String localAgain = ok(run(data, env, "publish", "Family", "--target", "local")).out();
            assertThat(header(Files.readString(localFolder.resolve("family.m3u"))))
                    .as("the local playlist still names the local guide, not the Dropbox one")
                    .startsWith("#EXTM3U url-tvg=\"" + localGuide + "\"");
            assertThat(localAgain).contains("0 of 3 files uploaded, 0 bytes");

            int before = fake.writeLog().size();
            String boxAgain = ok(run(data, env, "publish", "Family", "--target", "box")).out();
            assertThat(header(boxPlaylist(fake))).startsWith("#EXTM3U url-tvg=\"" + boxGuide + "\"");
            assertThat(boxAgain).contains("0 of 3 files uploaded, 0 bytes");
            assertThat(fake.writeLog().subList(before, fake.writeLog().size()))
                    .as("nothing changed: no file of the layout is written to Dropbox")
                    .noneMatch(w -> w.path().contains("/family.") || w.path().endsWith("lineup-manifest.json"));

            // An edit goes out to the local folder only: the Publish screen shows each folder's own publish.
            try (Workspace ws = Workspace.open(data, null, m -> { })) {
                Layout family = ws.store().layouts().load("Family").orElseThrow();
                LayoutGroup all = family.groups().get(0);
                ws.store().layouts().save(family.withGroups(List.of(all.withChannels(all.channels().subList(0, 2)))));
            }
            ok(run(data, env, "publish", "Family", "--target", "local"));
            try (Workspace ws = Workspace.open(data, null, m -> { });
                 PublishService desktop = new PublishService(ws.store(), data, Env.overlay(env), null,
                         StartedBy.DESKTOP)) {
                LayoutPublishState local = desktop.state("Family", "local");
                LayoutPublishState box = desktop.state("Family", "box");
                assertThat(local.generation()).isEqualTo(generation(Files.readAllBytes(
                        localFolder.resolve("lineup-manifest.json"))));
                // Each folder counts its own leases: Dropbox's is not the local folder's newer one.
                assertThat(box.generation()).isPositive().isNotEqualTo(local.generation());
                assertThat(local.files()).extracting(f -> f.shareLink()).contains(localGuide).doesNotContain(boxGuide);
                assertThat(box.files()).extracting(f -> f.shareLink()).contains(boxGuide).doesNotContain(localGuide);
                assertThat(List.of(local, box)).noneMatch(LayoutPublishState::neverPublished);
            }
        }
    }

    @Test
    void aTargetMovedToASeparateFolderNamesTheGuideInItsNewFolder() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Path elsewhere = tmp.resolve("elsewhere");
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            service.checkLinks(false);
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            // The wizard's "use a separate folder" moves the target, then publishes there.
            new TargetService(ws.store(), Env.SYSTEM).moveTarget("local", elsewhere.toString());

            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(header(Files.readString(elsewhere.resolve("family.m3u")))).as("not the old folder's guide")
                    .startsWith("#EXTM3U url-tvg=\"" + elsewhere.resolve("family.xml.gz").toUri() + "\"");
            assertThat(service.state("Family", "local").files()).extracting(f -> f.shareLink())
                    .contains(elsewhere.resolve("family.xml.gz").toUri().toString());
        }
    }

    private static long generation(byte[] manifest) throws Exception {
        return new ObjectMapper().readTree(manifest).path("generation").asLong(-1);
    }

    private static String boxPlaylist(FakeDropbox fake) {
        return new String(fake.content("/IPTV/family.m3u").orElseThrow(), StandardCharsets.UTF_8);
    }

    private static String header(String playlist) {
        return playlist.substring(0, playlist.indexOf('\n'));
    }
}
