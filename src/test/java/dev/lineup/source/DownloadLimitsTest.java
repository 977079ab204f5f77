package dev.lineup.source;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.store.Settings;
import dev.lineup.testing.HostileServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads end: a server that trickles is stopped by the deadline or the minimum rate, one that never
 * stops sending (or sends a gzip bomb) by the size cap counted on decoded bytes. Small limits are set
 * through the settings so each case takes a second or two.
 */
class DownloadLimitsTest {
    @TempDir
    Path dir;
    LineupStore store;
    HostileServer server;

    @BeforeEach
    void start() throws Exception {
        store = LineupStore.open(dir.resolve("data"), m -> { });
        server = new HostileServer(200, 64);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private SourceFetchException fetchFails(String url, SourceKind kind, Path dest) {
        return catchThrowableOfType(SourceFetchException.class, () -> Fetcher.fromSettings(store.settings())
                .fetch(url, dest, kind, Progress.NONE, Cancellation.none()));
    }

    @Test
    void aServerSendingOneByteAtATimeIsStoppedByTheDeadlineWithAnErrorNamingTheUrlNotTheTemporaryFile() {
        store.settings().set(Settings.DOWNLOAD_DEADLINE, "2");
        store.settings().set(Settings.MIN_RATE, "0");
        Path dest = dir.resolve("downloads/source-1.m3u");
        long start = System.nanoTime();

        SourceFetchException e = fetchFails(server.url("/drip?username=bob&password=hunter2"), SourceKind.M3U, dest);

        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(6));
        assertThat(e.getMessage()).contains(server.url("/drip?username=***&password=***"))
                .contains("not finished after", Settings.DOWNLOAD_DEADLINE)
                .doesNotContain("hunter2", ".part", dest.getFileName().toString());
        assertThat(dest).doesNotExist();
        assertThat(dest.resolveSibling(dest.getFileName() + ".part")).doesNotExist();
    }

    @Test
    void aTrickleUnderTheMinimumRateIsStoppedAfterTheRateWindow() {
        store.settings().set(Settings.MIN_RATE, "100");
        store.settings().set(Settings.MIN_RATE_WINDOW, "1");
        long start = System.nanoTime();

        SourceFetchException e = fetchFails(server.url("/drip"), SourceKind.EPG, dir.resolve("g.download"));

        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
        assertThat(e.getMessage()).contains("bytes/s", "under the minimum of 100 bytes/s", Settings.MIN_RATE);
    }

    @Test
    void aServerThatThinksBeforeAnsweringIsNotJudgedSlowForIt() throws Exception {
        store.settings().set(Settings.MIN_RATE, "100");
        store.settings().set(Settings.MIN_RATE_WINDOW, "1");
        try (MockWebServer slowStart = new MockWebServer()) {
            slowStart.enqueue(new MockResponse.Builder().body("#EXTM3U\n#EXTINF:-1,A\nhttp://x/a.ts\n")
                    .headersDelay(2, TimeUnit.SECONDS).build());
            slowStart.start();

            Path got = Fetcher.fromSettings(store.settings()).fetch(slowStart.url("/big-panel.m3u").toString(),
                    dir.resolve("p.m3u"), SourceKind.M3U, Progress.NONE, Cancellation.none());

            assertThat(Files.readString(got)).contains("#EXTINF");
        }
    }

    @Test
    void anEndlessBodyIsStoppedAtThePlaylistCapAndNothingIsLeftOnDisk() throws Exception {
        store.settings().set(Settings.MAX_PLAYLIST_MB, "2");
        Path dest = dir.resolve("downloads/source-1.m3u");

        SourceFetchException e = fetchFails(server.url("/endless"), SourceKind.M3U, dest);

        assertThat(e.getMessage()).contains(server.url("/endless"), "past the limit of 2 MB", Settings.MAX_PLAYLIST_MB);
        assertThat(Files.list(dest.getParent())).isEmpty();
        // The server was stopped near the cap, not after gigabytes (socket buffers hold a few MB more).
        assertThat(server.bytesSent()).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aGuideHasItsOwnLargerCap() {
        store.settings().set(Settings.MAX_PLAYLIST_MB, "1");
        store.settings().set(Settings.MAX_GUIDE_MB, "3");

        SourceFetchException e = fetchFails(server.url("/endless"), SourceKind.EPG, dir.resolve("g.download"));

        assertThat(e.getMessage()).contains("past the limit of 3 MB", Settings.MAX_GUIDE_MB);
    }

    @Test
    void aSmallGzipBodyThatExpandsPastTheCapIsStoppedOnItsDecodedSize() {
        store.settings().set(Settings.MAX_PLAYLIST_MB, "8");
        Path dest = dir.resolve("downloads/bomb.m3u");

        SourceFetchException e = fetchFails(server.url("/bomb"), SourceKind.M3U, dest);

        assertThat(e.getMessage()).contains("past the limit of 8 MB");
        assertThat(server.bytesSent()).isLessThan(1024 * 1024); // 64 MB of zeros gzip to ~64 KB
        assertThat(dest.resolveSibling("bomb.m3u.part")).doesNotExist();
    }

    @Test
    void aDeclaredLengthOverTheCapFailsBeforeAnyByteIsSaved() {
        store.settings().set(Settings.MAX_GUIDE_MB, "10");

        SourceFetchException e = fetchFails(server.url("/liar"), SourceKind.EPG, dir.resolve("g.download"));

        assertThat(e.getMessage()).contains("it is 50 GB, over the limit of 10 MB");
        assertThat(dir.resolve("g.download.part")).doesNotExist();
    }
}
