package dev.lineup.source;

import java.util.concurrent.CancellationException;
import okhttp3.Call;

/**
 * A cancel button for one refresh: {@link #cancel()} from any thread aborts the HTTP call in flight and
 * makes the next {@link #check()} throw, before anything is written (or, during the write, rolls the
 * transaction back).
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private volatile Call call;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
        Call c = call;
        if (c != null) {
            c.cancel();
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once cancelled. */
    public void check() {
        if (cancelled) {
            throw new CancellationException("refresh cancelled");
        }
    }

    void attach(Call c) {
        this.call = c;
        if (cancelled) {
            c.cancel();
        }
    }
}
