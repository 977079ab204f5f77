package dev.lineup.service.schedule;

import dev.lineup.service.library.SourceForm;
import dev.lineup.testing.DesktopInstallation;
import dev.lineup.testing.HeldProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the scheduler (the app quitting) leaves no turn running or scheduled. */
class RefreshSchedulerStopTest {
    @TempDir
    Path dir;

    @Test
    void closingStopsFurtherTurnsAndEndsTheTimerThread() throws Exception {
        try (DesktopInstallation app = new DesktopInstallation(dir)) {
            app.timer.tick().get(60, TimeUnit.SECONDS);
            app.services.scheduler().close();
            assertThat(app.timer.isTerminated()).isTrue();
            assertThat(app.timer.scheduled()).isFalse();
            assertThatThrownBy(() -> app.timer.tick()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closingDuringATurnStuckOnAProviderCancelsItAndReturnsOnlyOnceTheTurnEnded() throws Exception {
        try (DesktopInstallation app = new DesktopInstallation(dir);
             HeldProvider provider = new HeldProvider(Files.readString(app.samplePlaylist()))) {
            app.services.sources().add(new SourceForm(SourceKind.M3U, "Slow", provider.url(), null, null, false, false));
            app.timer.tick();
            provider.awaitRequest();

            Thread quit = new Thread(app.services.scheduler()::close, "quit");
            quit.start();
            quit.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(quit.isAlive()).as("close gave up waiting").isFalse();

            assertThat(app.timer.isTerminated()).as("no turn still running when close returned").isTrue();
            assertThat(provider.requests()).isEqualTo(1);
            assertThat(app.source("Slow").failed()).as("the interrupted refresh is not shown as done").isTrue();
            assertThat(app.data.resolve("output")).as("a cancelled turn starts no output").doesNotExist();
        }
    }
}
