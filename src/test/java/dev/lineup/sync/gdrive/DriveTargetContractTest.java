package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.PublishTargetContract;
import dev.lineup.sync.RemoteFile;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared target contract, plus what is particular to Drive, against the fake through the real SDK. */
class DriveTargetContractTest extends PublishTargetContract {
    private DriveFixture drive;

    /** Started here, not in a {@code @BeforeEach}: the contract's own set-up runs first and needs it. */
    @Override
    protected PublishTarget newTarget() throws Exception {
        drive = new DriveFixture();
        return drive.target(drive.freshFolder());
    }

    @AfterEach
    void stopFake() {
        drive.close();
    }

    @Test
    void firstWriteCreatesTheFolderUnderMyDriveAndListingDoesNot() throws Exception {
        DriveTarget t = drive.target("IPTV");
        t.list();
        assertThat(drive.fake.store().writeLog()).isEmpty();
        t.put("family.m3u", local("family.m3u", "#EXTM3U\n"));
        assertThat(drive.fake.file("IPTV", "family.m3u")).isPresent();
        // A second installation finds the same folder instead of making another one.
        drive.target("IPTV").put("other.m3u", local("other.m3u", "#EXTM3U\n"));
        assertThat(drive.fake.store().query(f -> f.name().equals("IPTV"))).hasSize(1);
    }

    @Test
    void contentHashIsDrivesMd5() throws Exception {
        DriveTarget t = drive.target("IPTV");
        RemoteFile f = t.put("g.xml", local("g.xml", "<tv/>"));
        assertThat(f.contentHash()).isEqualTo(drive.fake.file("IPTV", "g.xml").orElseThrow().md5())
                .isEqualTo(t.contentHashOf(localFiles.resolve("g.xml")))
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                        .digest("<tv/>".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void listingFollowsEveryPage() throws Exception {
        drive.fake.setMaxPageSize(2);
        DriveTarget t = drive.target("IPTV");
        for (int i = 0; i < 5; i++) {
            t.put("f" + i + ".m3u", local("f" + i + ".m3u", "#EXTM3U " + i));
        }
        assertThat(t.list()).extracting(RemoteFile::name)
                .containsExactly("f0.m3u", "f1.m3u", "f2.m3u", "f3.m3u", "f4.m3u");
    }

    @Test
    void shareLinkDownloadsTheFileWithoutSigningIn() throws Exception {
        DriveTarget t = drive.target("IPTV");
        t.put("family.m3u", local("family.m3u", "#EXTM3U\n#EXTINF:-1,A\nhttp://a.test/1\n"));
        String link = t.shareLink("family.m3u");
        assertThat(link).startsWith(drive.fake.rootUrl() + "uc?export=download&id=");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("http://a.test/1");
        // Overwriting in place keeps the link working with the new content.
        t.put("family.m3u", local("family2.m3u", "#EXTM3U\n#EXTINF:-1,B\nhttp://b.test/2\n"));
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("http://b.test/2");
    }

    @Test
    void remoteChangeNamesWhoChangedTheFileAndWhen() throws Exception {
        DriveTarget mine = drive.target("IPTV");
        RemoteFile v1 = mine.createIfAbsent("lockfile.json", "{}".getBytes(StandardCharsets.UTF_8)).orElseThrow();
        DriveTarget theirs = drive.target("IPTV", new DriveStore.Account("Living-room PC", "living@example.com"),
                DriveTargetConfig.DEFAULT_RESUMABLE_THRESHOLD, DriveTargetConfig.DEFAULT_CHUNK_SIZE);
        theirs.putIfRevision("lockfile.json", "{\"them\":1}".getBytes(StandardCharsets.UTF_8), v1.revision());
        try {
            mine.putIfRevision("lockfile.json", "{\"me\":1}".getBytes(StandardCharsets.UTF_8), v1.revision());
            throw new AssertionError("expected RemoteChanged");
        } catch (dev.lineup.sync.SyncException e) {
            assertThat(e.facts()).containsEntry("changedBy", "Living-room PC <living@example.com>")
                    .containsKey("changedAt").containsEntry("expectedRevision", v1.revision());
            assertThat(e.getMessage()).contains("Living-room PC");
        }
    }

    @Test
    void duplicateNamesResolveToTheEarliestFileEverywhere() throws Exception {
        DriveTarget t = drive.target("IPTV");
        t.put("a.m3u", local("a.m3u", "first"));
        Path second = local("a2.m3u", "second");
        // Another client that does not look before it creates makes a same-named twin.
        String folderId = drive.fake.store().query(f -> f.name().equals("IPTV")).get(0).id();
        drive.fake.store().create("a.m3u", "audio/x-mpegurl", List.of(folderId), Files.readAllBytes(second),
                DriveFixture.OFFICE);
        assertThat(t.list()).hasSize(1);
        try (var in = t.open("a.m3u")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first");
        }
        t.delete("a.m3u");
        assertThat(drive.fake.store().query(f -> f.name().equals("a.m3u"))).isEmpty();
    }
}
