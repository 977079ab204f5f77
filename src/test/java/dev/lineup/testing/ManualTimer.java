package dev.lineup.testing;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The in-app schedule's timer for tests: a real single-thread scheduled executor that records the
 * period the scheduler asks for, and runs the repeating turn on its own thread only when the test
 * calls {@link #tick()}, so no test depends on the wall clock.
 */
public final class ManualTimer extends ScheduledThreadPoolExecutor {
    private volatile Runnable turn;
    private volatile ScheduledFuture<?> future;
    private volatile long periodMinutes;

    public ManualTimer() {
        super(1, r -> {
            Thread t = new Thread(r, "test-schedule");
            t.setDaemon(true);
            return t;
        });
        setRemoveOnCancelPolicy(true);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        turn = command;
        periodMinutes = unit.toMinutes(delay);
        // Registered for real (so cancelling and shutting down behave as in the app), but a year away.
        future = super.scheduleWithFixedDelay(command, 365, 365, TimeUnit.DAYS);
        return future;
    }

    /** The turn the timer would start at the end of the period, now, on the timer's thread. */
    public Future<?> tick() {
        if (!scheduled()) {
            throw new IllegalStateException("the scheduler has no turn scheduled");
        }
        return submit(turn);
    }

    /** Whether a repeating turn is scheduled and not cancelled. */
    public boolean scheduled() {
        ScheduledFuture<?> f = future;
        return f != null && !f.isCancelled() && !isShutdown();
    }

    public long periodMinutes() {
        return periodMinutes;
    }
}
