package dev.lineup.service.schedule;

import dev.lineup.service.library.RefreshOutcome;
import dev.lineup.service.library.SourceForm;
import dev.lineup.testing.DesktopInstallation;
import dev.lineup.testing.HeldProvider;
import dev.lineup.task.TaskContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled turn and a manual refresh never run together: the turn is skipped, the manual refresh waits. */
class RefreshSchedulerOverlapTest {
    @TempDir
    Path dir;
    DesktopInstallation app;
    HeldProvider provider;

    @BeforeEach
    void open() throws Exception {
        app = new DesktopInstallation(dir);
        provider = new HeldProvider(Files.readString(app.samplePlaylist()));
        app.services.sources().add(new SourceForm(SourceKind.M3U, "Slow", provider.url(), null, null, false, false));
    }

    @AfterEach
    void close() throws Exception {
        provider.close();
        app.close();
    }

    Path output() {
        return app.data.resolve("output");
    }

    @Test
    void aTurnThatComesWhileAManualRefreshRunsIsSkippedNotQueuedBehindIt() throws Exception {
        CompletableFuture<RefreshOutcome> manual = CompletableFuture.supplyAsync(() -> {
            try {
                return app.services.sources().refresh("Slow", TaskContext.detached("test"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        provider.awaitRequest();

        app.timer.tick().get(60, TimeUnit.SECONDS);
        assertThat(manual).as("the turn returned while the manual refresh still ran").isNotDone();
        assertThat(output()).as("the skipped turn output nothing").doesNotExist();

        provider.answer();
        assertThat(manual.get(60, TimeUnit.SECONDS).report().added()).isEqualTo(29);
        assertThat(provider.requests()).as("only the manual refresh fetched").isEqualTo(1);
        assertThat(output()).doesNotExist();

        app.timer.tick().get(60, TimeUnit.SECONDS);
        assertThat(output().resolve("sample/sample.m3u")).exists();
        assertThat(provider.requests()).as("refreshed by hand just now: not due").isEqualTo(1);
    }

    @Test
    void aManualRefreshDuringATurnWaitsForItAndAnExtraTurnIsRefused() throws Exception {
        Future<?> turn = app.timer.tick();
        provider.awaitRequest();
        assertThat(app.services.scheduler().runNow()).as("a second turn while one runs").isFalse();

        CompletableFuture<RefreshOutcome> manual = new CompletableFuture<>();
        Thread hand = new Thread(() -> {
            try {
                manual.complete(app.services.sources().refresh("Slow", TaskContext.detached("test")));
            } catch (Exception | AssertionError e) {
                manual.completeExceptionally(e);
            }
        }, "manual-refresh");
        hand.start();
        awaitParked(hand);
        assertThat(provider.requests()).as("the manual refresh has not fetched yet").isEqualTo(1);

        provider.answer();
        turn.get(60, TimeUnit.SECONDS);
        assertThat(output().resolve("sample/sample.m3u")).exists();
        provider.awaitRequest();
        provider.answer();
        RefreshOutcome o = manual.get(60, TimeUnit.SECONDS);
        assertThat(o.report().added()).as("the turn had already added them").isZero();
        assertThat(provider.requests()).isEqualTo(2);
    }

    /** Until {@code t} waits for the gate (polling its state; the deadline is only a safety net). */
    static void awaitParked(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (t.getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline || !t.isAlive()) {
                throw new AssertionError(t.getName() + " never waited; state " + t.getState());
            }
            Thread.sleep(10);
        }
    }
}
