package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.output.Hashing;
import dev.lineup.sync.LinkVerdict;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.PlayerLinkCheck;
import dev.lineup.sync.TokenStore;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The player's-eye check of Dropbox share links, the real SDK making them on the fake, which serves them as
 * dropbox.com does: {@code raw=1} redirects to the content host; in its HTML-page mode the link gives the
 * download page instead (what Kodi users saw with {@code ?dl=1}).
 */
class DropboxPlayerLinkTest {
    @TempDir
    Path tmp;
    FakeDropbox fake;
    DropboxTarget target;
    final PlayerLinkCheck check = new PlayerLinkCheck(new OkHttpClient.Builder(), Duration.ofSeconds(20));

    @BeforeEach
    void setUp() throws Exception {
        fake = FakeDropbox.start();
        TokenStore tokens = TokenStore.inMemory();
        tokens.put("dbx", OAuthTokens.accessOnly(fake.accessToken()));
        target = new DropboxTarget(DropboxConfig.of("dbx", "/IPTV").withApiBaseUrl(fake.baseUrl()), tokens);
    }

    @AfterEach
    void tearDown() {
        target.close();
        fake.close();
    }

    private PlayerLinkCheck.Expected published(String name, byte[] content) throws Exception {
        Path f = Files.write(tmp.resolve(name), content);
        target.put(name, f);
        return new PlayerLinkCheck.Expected(name, target.shareLink(name), content.length, Hashing.sha256(f));
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    @Test
    void aDirectLinkGivesPlayersThePublishedBytes() throws Exception {
        PlayerLinkCheck.Expected playlist = published("family.m3u",
                "#EXTM3U url-tvg=\"x\"\n#EXTINF:-1,One\nhttp://tv.example/1.ts\n".getBytes(StandardCharsets.UTF_8));
        PlayerLinkCheck.Expected guide = published("family.xml.gz", gzip("<tv></tv>"));

        assertThat(playlist.link()).contains("raw=1").contains("rlkey=");
        assertThat(check.check(playlist)).isEqualTo(LinkVerdict.ok("family.m3u", playlist.link()));
        assertThat(check.check(guide).sentence()).isEqualTo("players can load this link");
        assertThat(fake.requests()).extracting(r -> r.path()).anyMatch(p -> p.startsWith("/_content/"));
    }

    @Test
    void theHtmlDownloadPageInsteadOfTheFileIsNamed() throws Exception {
        PlayerLinkCheck.Expected playlist = published("family.m3u",
                "#EXTM3U\n#EXTINF:-1,One\nhttp://tv.example/1.ts\n".getBytes(StandardCharsets.UTF_8));
        fake.serveLinkPagesInsteadOfFiles(true);

        LinkVerdict v = check.check(playlist);
        assertThat(v.playable()).isFalse();
        assertThat(v.problem()).isEqualTo("the link gives Dropbox's download page (HTML) instead of the file; "
                + "players need the direct link (dl.dropboxusercontent.com or raw=1)");
    }

    @Test
    void aFileChangedSinceThePublishIsASizeOrContentMismatch() throws Exception {
        PlayerLinkCheck.Expected playlist = published("family.m3u",
                "#EXTM3U\n#EXTINF:-1,One\nhttp://tv.example/1.ts\n".getBytes(StandardCharsets.UTF_8));
        fake.putFile("/IPTV/family.m3u", "#EXTM3U\n".getBytes(StandardCharsets.UTF_8), "Fake User");
        assertThat(check.check(playlist).problem()).startsWith("size mismatch: the link gave 8 bytes, the folder "
                + "index says " + playlist.size());

        fake.putFile("/IPTV/family.m3u", "#EXTM3U\n#EXTINF:-1,Two\nhttp://tv.example/2.ts\n"
                .getBytes(StandardCharsets.UTF_8), "Fake User");
        assertThat(check.check(playlist).problem()).startsWith("content mismatch: the link gives other bytes");
    }

    @Test
    void aGuideThatDoesNotDecodeOrAPlaylistWithoutHeaderIsReported() throws Exception {
        byte[] broken = gzip("<tv></tv>");
        broken[broken.length - 12] ^= 0x55; // damage the compressed data, keep the size
        assertThat(check.check(published("family.xml.gz", broken)).problem())
                .startsWith("the link's bytes are not a readable gzip file");
        assertThat(check.check(published("kids.m3u", "not a playlist\n".getBytes(StandardCharsets.UTF_8))).problem())
                .isEqualTo("the link does not give a playlist: it does not start with #EXTM3U");
    }

    @Test
    void aLinkToNothingIsA404() throws Exception {
        PlayerLinkCheck.Expected playlist = published("family.m3u", "#EXTM3U\n".getBytes(StandardCharsets.UTF_8));
        fake.deleteFile("/IPTV/family.m3u", "Fake User");
        assertThat(check.check(playlist).problem()).isEqualTo("HTTP 404 (not found): the link points at nothing");
    }
}
