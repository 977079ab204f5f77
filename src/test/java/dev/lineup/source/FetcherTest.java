package dev.lineup.source;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.store.Settings;
import dev.lineup.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {
    @TempDir
    Path dir;
    MockWebServer server;
    LineupStore store;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        store = LineupStore.open(dir.resolve("data"), m -> { });
    }

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    @Test
    void followsRedirectsUnzipsGzipSendsTheConfiguredUserAgentAndReportsProgress() throws Exception {
        byte[] playlist = Files.readAllBytes(Corpus.path("m3u/ektotv-example.m3u8"));
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/real/playlist.m3u8").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(new Buffer().write(gzip(playlist)))
                .build());
        store.settings().set(Settings.HTTP_USER_AGENT, "TiviMate/4.7.0");
        List<Long> progress = new ArrayList<>();

        Path got = Fetcher.fromSettings(store.settings()).fetch(server.url("/get.php?username=u&password=p").toString(),
                dir.resolve("out.m3u"), SourceKind.M3U, (phase, done, total) -> progress.add(done), Cancellation.none());

        assertThat(Files.readAllBytes(got)).isEqualTo(playlist);
        assertThat(progress).isNotEmpty().last().isEqualTo((long) playlist.length);
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getHeaders().get("User-Agent")).isEqualTo("TiviMate/4.7.0");
        assertThat(second.getUrl().encodedPath()).isEqualTo("/real/playlist.m3u8");
        assertThat(dir.resolve("out.m3u.part")).doesNotExist();
    }

    @Test
    void anHttpErrorNamesTheUrlWithoutItsCredentialsAndLeavesNoPartialFile() {
        server.enqueue(new MockResponse.Builder().code(404).build());
        String url = server.url("/get.php?username=bob&password=hunter2&type=m3u_plus").toString();
        assertThatThrownBy(() -> Fetcher.fromSettings(store.settings()).fetch(url, dir.resolve("x.m3u"),
                SourceKind.M3U, Progress.NONE, Cancellation.none()))
                .isInstanceOf(SourceFetchException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining("username=***&password=***&type=m3u_plus")
                .hasMessageNotContaining("hunter2");
        assertThat(dir.resolve("x.m3u")).doesNotExist();
    }

    @Test
    void aSlowServerTimesOutAfterTheConfiguredReadTimeout() {
        store.settings().set(Settings.HTTP_READ_TIMEOUT, "1");
        server.enqueue(new MockResponse.Builder().body("#EXTM3U\n").headersDelay(5, TimeUnit.SECONDS).build());
        long start = System.nanoTime();
        assertThatThrownBy(() -> Fetcher.fromSettings(store.settings()).fetch(server.url("/slow.m3u").toString(),
                dir.resolve("s.m3u"), SourceKind.M3U, Progress.NONE, Cancellation.none()))
                .isInstanceOf(SourceFetchException.class).hasMessageContaining("timed out");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(4));
    }

    @Test
    void cancellingDuringADownloadStopsItAndKeepsNothing() {
        byte[] big = new byte[4 * 1024 * 1024];
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(big)).throttleBody(256 * 1024, 100,
                TimeUnit.MILLISECONDS).build());
        Cancellation cancel = new Cancellation();
        assertThatThrownBy(() -> Fetcher.fromSettings(store.settings()).fetch(server.url("/big.m3u").toString(),
                dir.resolve("big.m3u"), SourceKind.M3U, (phase, done, total) -> {
                    if (done > 300_000) {
                        cancel.cancel();
                    }
                }, cancel)).isInstanceOf(CancellationException.class);
        assertThat(dir.resolve("big.m3u")).doesNotExist();
        assertThat(dir.resolve("big.m3u.part")).doesNotExist();
    }

    @Test
    void aLocalFileIsUsedInPlaceAndAMissingOneIsNamed() throws Exception {
        Path f = Corpus.path("m3u/base.m3u");
        Fetcher fetcher = Fetcher.fromSettings(store.settings());
        assertThat(fetcher.fetch(f.toString(), dir.resolve("unused"), SourceKind.M3U, Progress.NONE, Cancellation.none())).isEqualTo(f);
        assertThat(fetcher.fetch(f.toUri().toString(), dir.resolve("unused"), SourceKind.M3U, Progress.NONE, Cancellation.none()))
                .isEqualTo(f);
        assertThatThrownBy(() -> fetcher.fetch(dir.resolve("nope.m3u").toString(), dir.resolve("u"), SourceKind.M3U,
                Progress.NONE, Cancellation.none())).isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope.m3u");
    }

    static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
