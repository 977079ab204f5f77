package dev.lineup.task;

import java.util.concurrent.CancellationException;

/**
 * Thrown by work that noticed its {@link Cancellation}: the user asked to stop, nothing went wrong. It is a
 * {@link CancellationException}, so code that already treats the JDK's cancel as "not an error" keeps doing so.
 */
public class CancelledException extends CancellationException {
    public CancelledException(String what) {
        super(what + " cancelled");
    }
}
