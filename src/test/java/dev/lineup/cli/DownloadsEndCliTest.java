package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.HostileServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} and {@code source refresh} against servers that never finish: both end, exit 1 with
 * the user's URL (credentials masked), release the data directory and leave no download behind.
 */
class DownloadsEndCliTest {
    @TempDir
    Path dir;
    HostileServer server;

    @BeforeEach
    void start() throws Exception {
        server = new HostileServer(300, 1);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void renderOfAnEndlessPlaylistStopsAtTheSizeGivenOnTheCommandLine() {
        CliRun r = CliRun.of("render", "--playlist", server.url("/endless?username=bob&password=hunter2"),
                "--out", dir.resolve("out").toString(), "--max-download-mb", "1");

        assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).contains(server.url("/endless?username=***&password=***"), "past the limit of 1 MB",
                "--max-download-mb").doesNotContain("hunter2", "lineup-input-");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void renderOfADrippingPlaylistStopsAtTheDeadlineGivenOnTheCommandLine() {
        long start = System.nanoTime();

        CliRun r = CliRun.of("render", "--playlist", server.url("/drip"), "--out", dir.resolve("out").toString(),
                "--download-deadline", "2s");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: download of " + server.url("/drip"), "not finished after"); // after progress lines
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(8));
    }

    @Test
    void sourceRefreshOfAServerThatNeverStopsEndsWithTheLimitsSetInTheSettingsAndFreesTheDataDirectory()
            throws Exception {
        Path data = dir.resolve("data");
        ok(run(data, "init", "--name", "Den"));
        ok(run(data, "config", "set", "source.max-playlist-mb", "1"));
        ok(run(data, "config", "set", "http.download-deadline-seconds", "2"));
        ok(run(data, "source", "add", "m3u", "Endless", "--url", server.url("/endless")));
        ok(run(data, "source", "add", "m3u", "Drip", "--url", server.url("/drip")));

        CliRun endless = run(data, "source", "refresh", "Endless");
        CliRun drip = run(data, "source", "refresh", "Drip");

        assertThat(endless.code()).isEqualTo(1);
        assertThat(endless.err()).contains("error: Endless: download of " + server.url("/endless"),
                "source.max-playlist-mb");
        assertThat(drip.code()).isEqualTo(1);
        assertThat(drip.err()).contains("error: Drip: download of " + server.url("/drip"), "http.download-deadline-seconds");
        try (var left = Files.list(data.resolve("downloads"))) {
            assertThat(left).isEmpty();
        }
        ok(run(data, "source", "list")); // the data directory is free again
    }
}
