package dev.lineup.task;

import java.util.concurrent.CancellationException;

/** How a task's work ended: a result, a failure, or a cancel (which is no failure). */
public record TaskOutcome<T>(T result, Throwable failure, boolean cancelled) {
    static <T> TaskOutcome<T> of(TaskContext ctx, T result, Throwable failure) {
        boolean cancelled = ctx.cancelled() || failure instanceof CancellationException
                || failure instanceof InterruptedException;
        return new TaskOutcome<>(result, cancelled ? null : failure, cancelled);
    }

    /** "Done", "Cancelled" or "Failed: message", for the task log. */
    public String describe() {
        return cancelled ? "Cancelled" : failure == null ? "Done" : "Failed: " + message(failure);
    }

    /** The error's message, or its type's simple name when it has none. */
    public static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
