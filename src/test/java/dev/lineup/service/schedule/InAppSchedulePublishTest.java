package dev.lineup.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.store.Settings;
import dev.lineup.testing.DesktopInstallation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the app open it owns the data directory, so the OS-scheduled {@code lineup run-scheduled} skips;
 * the app's own schedule must then do the whole run, publishing to {@code schedule.publish-target}
 * included (it once only refreshed and output, and nothing reached the players).
 */
class InAppSchedulePublishTest {
    @TempDir
    Path dir;

    @Test
    void whileTheAppIsOpenItsScheduleRefreshesAndPublishesToTheScheduledTarget() throws Exception {
        try (DesktopInstallation app = new DesktopInstallation(dir)) {
            app.ws.store().settings().set(Settings.SCHEDULE_PUBLISH_TARGET, "local");
            assertThat(new ScheduledRun(List.of()).run(app.data, line -> { }).skippedBecause())
                    .as("the OS-scheduled run stands aside while the app owns the directory").isNotNull();

            app.timer.tick().get(60, TimeUnit.SECONDS);
            Path m3u = app.published.resolve("sample.m3u");
            assertThat(m3u).as("published by the in-app turn").exists();
            assertThat(Files.readString(m3u)).contains(",UK: Northwind News\n");
            assertThat(Files.readString(app.published.resolve("lineup-manifest.json"))).contains("\"sample\"");

            Path playlist = app.samplePlaylist();
            Files.writeString(playlist, Files.readString(playlist)
                    .replace(",UK: Northwind News\n", ",UK: Northwind News Plus\n"));
            app.clock.advance(Duration.ofMinutes(361));
            app.timer.tick().get(60, TimeUnit.SECONDS);
            assertThat(Files.readString(m3u)).as("the provider's rename reached the published playlist")
                    .contains(",UK: Northwind News Plus\n").doesNotContain(",UK: Northwind News\n");
        }
    }
}
