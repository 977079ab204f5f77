package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.output.Hashing;
import dev.lineup.sync.LinkVerdict;
import dev.lineup.sync.PlayerLinkCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The player's-eye check of Google Drive links on the fake, which shows large files' virus-scan warning
 * page (an interstitial) to a link without {@code confirm=t}, as drive.google.com does.
 */
class DrivePlayerLinkTest {
    @TempDir
    Path tmp;
    final DriveFixture drive = new DriveFixture();
    final PlayerLinkCheck check = new PlayerLinkCheck(new OkHttpClient.Builder(), Duration.ofSeconds(20));

    DrivePlayerLinkTest() throws Exception {
    }

    @AfterEach
    void tearDown() {
        drive.close();
    }

    @Test
    void theDirectDownloadLinkPassesAndTheInterstitialIsReported() throws Exception {
        DriveTarget t = drive.target("IPTV");
        Path guide = Files.writeString(tmp.resolve("family.xml"), "<tv>" + "<!-- x -->".repeat(2000) + "</tv>",
                StandardCharsets.UTF_8);
        t.put("family.xml", guide);
        drive.fake.scanWarningAbove(1000);
        String link = t.shareLink("family.xml");
        PlayerLinkCheck.Expected published = new PlayerLinkCheck.Expected("family.xml", link, Files.size(guide),
                Hashing.sha256(guide));

        assertThat(link).contains("uc?export=download&id=").endsWith("&confirm=t");
        assertThat(check.check(published)).isEqualTo(LinkVerdict.ok("family.xml", link));

        String withoutConfirm = link.replace("&confirm=t", "");
        LinkVerdict v = check.check(new PlayerLinkCheck.Expected("family.xml", withoutConfirm, published.size(),
                published.sha256()));
        assertThat(v.playable()).isFalse();
        assertThat(v.problem()).isEqualTo("the link gives Google Drive's virus-scan warning page instead of the file "
                + "(Drive does this for large files); players cannot click through it");
    }

    @Test
    void aFileNotSharedIsRefused() throws Exception {
        DriveTarget t = drive.target("IPTV");
        Path playlist = Files.writeString(tmp.resolve("family.m3u"), "#EXTM3U\n", StandardCharsets.UTF_8);
        t.put("family.m3u", playlist);
        String id = drive.fake.file("IPTV", "family.m3u").orElseThrow().id();
        LinkVerdict v = check.check(new PlayerLinkCheck.Expected("family.m3u",
                drive.fake.rootUrl() + "uc?export=download&id=" + id, 8, Hashing.sha256(playlist)));
        assertThat(v.playable()).isFalse();
        assertThat(v.problem()).startsWith("HTTP 404");
    }
}
