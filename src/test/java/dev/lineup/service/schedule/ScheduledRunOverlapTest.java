package dev.lineup.service.schedule;

import dev.lineup.launch.Main;
import dev.lineup.testing.JavaChild;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled run that starts while a manual run owns the data directory is skipped: never both running. */
class ScheduledRunOverlapTest {
    static final String PLAYLIST = "#EXTM3U\n#EXTINF:-1 group-title=\"News\",One\nhttp://p/one.ts\n"
            + "#EXTINF:-1 group-title=\"Kids\",Two\nhttp://p/two.ts\n";
    @TempDir
    Path dir;

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void aScheduledRunDuringAManualRefreshInAnotherProcessIsSkippedAndTheNextOneRuns() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body(PLAYLIST).build());
            assertThat(run("init", "--name", "Den").code()).isZero();
            assertThat(run("source", "add", "m3u", "Slow", "--url", server.url("/pl.m3u").toString()).code()).isZero();
            assertThat(run("source", "refresh").code()).isZero();
            assertThat(run("layout", "create", "Fam", "--from-source", "Slow").code()).isZero();
            server.takeRequest();
            // The manual run: a refresh whose provider answers slowly, in its own JVM.
            server.enqueue(new MockResponse.Builder().headersDelay(4, TimeUnit.SECONDS).body(PLAYLIST).build());
            try (JavaChild manual = JavaChild.start(Main.class, "--data-dir", dir.toString(), "source", "refresh", "Slow")) {
                assertThat(server.takeRequest(60, TimeUnit.SECONDS)).as("the manual refresh fetches").isNotNull();

                CliRun scheduled = run("run-scheduled");

                assertThat(scheduled.code()).isZero();
                assertThat(scheduled.firstErrLine()).startsWith("skipped: Lineup is already running (pid "
                        + manual.pid() + ",");
                assertThat(manual.isAlive()).as("the manual run was still going when the scheduled one gave up").isTrue();
                assertThat(server.getRequestCount()).as("the scheduled run fetched nothing").isEqualTo(2);
                assertThat(dir.resolve("output")).doesNotExist();
                assertThat(manual.waitFor(60)).isZero();
            }
            CliRun next = run("run-scheduled");
            assertThat(next.code()).as(next.err()).isZero();
            assertThat(next.out()).contains("scheduled run: 0 source(s) refreshed, 1 layout(s) output");
            assertThat(Files.readString(dir.resolve("output/fam/fam.m3u"))).contains(",One\n", ",Two\n");
        }
    }

    @Test
    void aSourceIsRefreshedByTheScheduleOnlyOnceItsIntervalHasPassed() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse.Builder().body(PLAYLIST).build());
            }
            run("init", "--name", "Den");
            run("source", "add", "m3u", "P", "--url", server.url("/pl.m3u").toString());
            assertThat(run("run-scheduled").out()).contains("1 source(s) refreshed, 0 layout(s) output");
            assertThat(run("run-scheduled").out()).contains("0 source(s) refreshed");
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }
}
