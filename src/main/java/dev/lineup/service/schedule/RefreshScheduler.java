package dev.lineup.service.schedule;

import dev.lineup.service.common.RunGate;
import dev.lineup.service.settings.SettingsValues;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import java.io.Closeable;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's own schedule: every {@code schedule.interval-minutes} while the app runs, the
 * sources that are due are refreshed, every layout is output and, when {@code schedule.publish-target}
 * is set, published there ({@link ScheduledRun}, the same run {@code lineup run-scheduled} makes; that
 * one skips while the app owns the data directory, so this is the run that happens then). A turn is
 * skipped while a manual refresh holds the {@link RunGate}.
 */
public final class RefreshScheduler implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshScheduler.class);
    private final LineupStore store;
    private final RunGate gate;
    private final Clock clock;
    private final Supplier<ScheduledRun> runs;
    private final Consumer<ScheduledRun.Outcome> onRun;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> next;
    /** The running turn's cancellation, so closing the app stops a turn stuck on a slow provider. */
    private volatile Cancellation running;

    /** The app's timer: one named daemon thread, so a stuck turn never keeps the JVM alive. */
    public static ScheduledExecutorService defaultTimer() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lineup-schedule");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Turns on {@code timer} (tests drive their own; the scheduler owns it and shuts it down on close). Each
     * turn makes a fresh run from {@code runs}: the same run {@code lineup run-scheduled} makes, publishing
     * included ({@code ScheduledRuns}), over the database the app already owns.
     */
    public RefreshScheduler(LineupStore store, RunGate gate, Clock clock, Supplier<ScheduledRun> runs,
                            Consumer<ScheduledRun.Outcome> onRun, ScheduledExecutorService timer) {
        this.store = store;
        this.runs = runs;
        this.gate = gate;
        this.clock = clock;
        this.onRun = onRun;
        this.timer = timer;
    }

    /** (Re)starts the timer from the settings: off, or every interval from now. */
    public synchronized void reschedule(SettingsValues v) {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        if (v.scheduleInApp()) {
            long minutes = Math.max(5, v.intervalMinutes());
            next = timer.scheduleWithFixedDelay(this::runNow, minutes, minutes, TimeUnit.MINUTES);
            LOG.info("in-app schedule: refresh, output and publish every {} minutes", minutes);
        }
    }

    /** One turn now; false if a manual refresh was running (the turn is skipped, not queued). */
    public boolean runNow() {
        if (!gate.tryEnter()) {
            LOG.info("scheduled run skipped: a refresh is running");
            return false;
        }
        Cancellation cancel = new Cancellation();
        running = cancel;
        try {
            ScheduledRun.Outcome o = runs.get().runOwned(store, clock.instant(),
                    line -> LOG.info("scheduled: {}", line), cancel);
            onRun.accept(o);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("scheduled run failed: {}", e.getMessage());
            return false;
        } finally {
            running = null;
            gate.exit();
        }
    }

    /**
     * Stops the schedule: no further turns; a turn in progress is cancelled and waited for. Waiting matters
     * because the app closes the database right after this: returning while a turn still wrote to it (the
     * old behaviour, shutdownNow alone, which does not stop a blocking download) failed that turn halfway
     * with the instance lock already released.
     */
    @Override
    public void close() {
        Cancellation c = running;
        if (c != null) {
            c.cancel();
        }
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(20, TimeUnit.SECONDS)) {
                LOG.warn("the scheduled run did not stop within 20 s of closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
