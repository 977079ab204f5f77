package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.PublishTargetContract;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.TokenStore;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared target contract, the real Dropbox SDK talking to the fake over loopback. */
class DropboxTargetContractTest extends PublishTargetContract {
    private FakeDropbox fake;

    @Override
    protected PublishTarget newTarget() throws Exception {
        fake = FakeDropbox.start();
        TokenStore store = TokenStore.inMemory();
        store.put("dbx", OAuthTokens.accessOnly(fake.accessToken()));
        return new DropboxTarget(DropboxConfig.of("dbx", "/IPTV").withApiBaseUrl(fake.baseUrl()), store);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void listFollowsContinuationCursorsAndSkipsFolders() throws Exception {
        fake.setPageSize(2);
        for (int i = 0; i < 5; i++) {
            fake.putFile("/IPTV/f" + i + ".m3u", bytes("x" + i), "Fake User");
        }
        fake.putFile("/IPTV/sub/inner.m3u", bytes("y"), "Fake User");
        List<RemoteFile> files = target.list();
        assertThat(files).extracting(RemoteFile::name)
                .containsExactlyInAnyOrder("f0.m3u", "f1.m3u", "f2.m3u", "f3.m3u", "f4.m3u");
        assertThat(fake.requests()).filteredOn(r -> r.path().equals("/2/files/list_folder/continue")).hasSize(2);
    }

    @Test
    void shareLinkIsADirectDownloadOfTheCurrentContent() throws Exception {
        target.put("family.m3u", local("a.m3u", "#EXTM3U one"));
        String link = target.shareLink("family.m3u");
        assertThat(link).contains("raw=1").doesNotContain("dl=").contains("rlkey=");
        target.put("family.m3u", local("b.m3u", "#EXTM3U two"));
        assertThat(target.shareLink("family.m3u")).as("the existing link is found again").isEqualTo(link);
        OkHttpClient player = new OkHttpClient();
        try (Response r = player.newCall(new Request.Builder().url(link).build()).execute()) {
            assertThat(r.body().string()).isEqualTo("#EXTM3U two");
        }
        assertThat(fake.requests()).extracting(r -> r.path()).contains("/2/sharing/list_shared_links");
    }

    @Test
    void writesAreAttributedToTheClientIdentifierInTheWriteLog() throws Exception {
        target.createIfAbsent("lockfile.json", bytes("{\"lockId\":\"L1\",\"owner\":{\"instanceId\":\"I1\"}}"));
        var record = fake.writeLog().get(fake.writeLog().size() - 1);
        assertThat(record.path()).isEqualTo("/IPTV/lockfile.json");
        assertThat(record.lockId()).isEqualTo("L1");
        assertThat(record.ownerInstanceId()).isEqualTo("I1");
        assertThat(record.client()).startsWith("Lineup");
    }
}
