package dev.lineup.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one cancel button of the application. {@link #cancel()} from any thread sets the flag and runs every
 * registered hook once (an HTTP call in flight is aborted that way); the working thread calls
 * {@link #check(String)} between steps, which throws {@link CancelledException} once cancelled.
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    /** A fresh cancellation that nobody will cancel unless they are handed it. */
    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        for (Runnable hook : hooks) {
            hook.run();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} ("WHAT cancelled") once cancelled. */
    public void check(String what) {
        if (cancelled) {
            throw new CancelledException(what);
        }
    }

    /**
     * Runs {@code hook} on {@link #cancel()} (at once if already cancelled) until the returned registration is
     * closed: {@code try (var r = cancel.onCancel(call::cancel)) { call.execute(); }}.
     */
    public Registration onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
        return () -> hooks.remove(hook);
    }

    /** Ends one {@link #onCancel(Runnable)}; closing twice is harmless. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
