package dev.lineup.service.schedule;

import dev.lineup.service.DesktopServices;
import dev.lineup.service.library.SourceForm;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.service.FirstRun;
import dev.lineup.service.settings.SettingsValues;
import dev.lineup.testing.DesktopInstallation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.SourceKind;
import dev.lineup.output.LayoutOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app's own schedule, as wired by {@link DesktopServices}, over the first-start sample installation. */
class RefreshSchedulerTurnsTest {
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(360);
    @TempDir
    Path dir;
    DesktopInstallation app;

    @BeforeEach
    void open() throws Exception {
        app = new DesktopInstallation(dir);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    void turn() throws Exception {
        app.timer.tick().get(60, TimeUnit.SECONDS);
    }

    String sampleOutput() throws Exception {
        return Files.readString(LayoutOutput.defaultDir(app.ws.store(), FirstRun.SAMPLE_LAYOUT).resolve("sample.m3u"));
    }

    void providerRenames(String from, String to) throws Exception {
        Path p = app.samplePlaylist();
        Files.writeString(p, Files.readString(p).replace("," + from + "\n", "," + to + "\n"));
    }

    @Test
    void aTurnRefreshesOnlyOnceTheIntervalHasPassedAndOutputsTheRefreshedChannels() throws Exception {
        Instant firstRefresh = app.source(FirstRun.SAMPLE_SOURCE).lastRefresh();
        providerRenames("UK: Northwind News", "UK: Northwind News Plus");

        turn();
        assertThat(app.source(FirstRun.SAMPLE_SOURCE).lastRefresh()).as("not due yet").isEqualTo(firstRefresh);
        assertThat(sampleOutput()).contains(",UK: Northwind News\n").doesNotContain("Northwind News Plus");

        app.clock.advance(DEFAULT_INTERVAL.plusMinutes(1));
        turn();
        assertThat(app.source(FirstRun.SAMPLE_SOURCE).lastRefresh()).isAfter(firstRefresh);
        assertThat(app.source(FirstRun.SAMPLE_SOURCE).lastStatus()).isEqualTo("ok");
        assertThat(sampleOutput()).contains(",UK: Northwind News Plus\n");
    }

    @Test
    void savingANewIntervalReschedulesAtOnceAndTurningTheScheduleOffStopsIt() throws Exception {
        assertThat(app.timer.periodMinutes()).isEqualTo(360);
        SettingsValues v = app.services.settings().load();
        app.services.settings().save(new SettingsValues(v.installationName(), v.role(), v.backupKeep(), 30, true,
                v.connectTimeout(), v.readTimeout(), v.userAgent(), v.dark()));
        assertThat(app.timer.periodMinutes()).isEqualTo(30);
        assertThat(app.timer.getQueue()).as("the old 360-minute turn is gone").hasSize(1);

        Instant firstRefresh = app.source(FirstRun.SAMPLE_SOURCE).lastRefresh();
        app.clock.advance(Duration.ofMinutes(31));
        turn();
        assertThat(app.source(FirstRun.SAMPLE_SOURCE).lastRefresh()).as("due under the new interval").isAfter(firstRefresh);

        app.services.settings().save(new SettingsValues(v.installationName(), v.role(), v.backupKeep(), 30, false,
                v.connectTimeout(), v.readTimeout(), v.userAgent(), v.dark()));
        assertThat(app.timer.scheduled()).isFalse();
        assertThat(app.timer.getQueue()).isEmpty();
        assertThatThrownBy(() -> app.timer.tick()).isInstanceOf(IllegalStateException.class);

        app.services.settings().save(v);
        assertThat(app.timer.scheduled()).isTrue();
        assertThat(app.timer.periodMinutes()).isEqualTo(360);
    }

    @Test
    void aFailingSourceIsShownAsFailedAndTheOtherSourcesAndLaterTurnsGoOn() throws Exception {
        Path broken = dir.resolve("provider-b.m3u");
        app.services.sources().add(new SourceForm(SourceKind.M3U, "Provider B", broken.toString(), null, null,
                false, false));
        Instant firstRefresh = app.source(FirstRun.SAMPLE_SOURCE).lastRefresh();
        providerRenames("UK: Harbour 24 HD", "UK: Harbour 24");

        app.clock.advance(DEFAULT_INTERVAL.plusMinutes(1));
        turn();
        SourceInfo b = app.source("Provider B");
        assertThat(b.failed()).isTrue();
        assertThat(b.lastStatus()).startsWith("failed: ").contains("provider-b.m3u").endsWith(": no such file");
        assertThat(app.source(FirstRun.SAMPLE_SOURCE).lastRefresh()).isAfter(firstRefresh);
        assertThat(sampleOutput()).contains(",UK: Harbour 24\n");

        Files.copy(app.samplePlaylist(), broken);
        app.clock.advance(DEFAULT_INTERVAL.plusMinutes(1));
        turn();
        b = app.source("Provider B");
        assertThat(b.lastStatus()).isEqualTo("ok");
        assertThat(b.channels()).isEqualTo(29);
    }

    @Test
    void aSourceThatFailedIsTriedAgainAtTheNextTurnNotAWholeIntervalLater() throws Exception {
        Path broken = dir.resolve("provider-c.m3u");
        app.services.sources().add(new SourceForm(SourceKind.M3U, "Provider C", broken.toString(), null, null,
                false, false));
        turn();
        assertThat(app.source("Provider C").failed()).isTrue();
        Instant sampleRefreshed = app.source(FirstRun.SAMPLE_SOURCE).lastRefresh();

        Files.copy(app.samplePlaylist(), broken);
        app.clock.advance(Duration.ofMinutes(15));
        turn();
        SourceInfo c = app.source("Provider C");
        assertThat(c.lastStatus()).isEqualTo("ok");
        assertThat(c.channels()).isEqualTo(29);
        assertThat(app.source(FirstRun.SAMPLE_SOURCE).lastRefresh())
                .as("a source refreshed fine is still left alone until its interval has passed")
                .isEqualTo(sampleRefreshed);
    }
}
