package dev.lineup.task;

/**
 * How far a long piece of work has got: the one progress type of the application (refresh, render, guide
 * reading, catalog loading, publishing). Called from the working thread, possibly once per item, so an
 * implementation must be cheap and thread-safe; a UI samples what it was told on a short tick instead of
 * redrawing per call.
 */
@FunctionalInterface
public interface Progress {
    /** Progress nobody watches. */
    Progress NONE = (phase, done, total) -> { };

    /**
     * {@code done} of {@code total} units of {@code phase} (e.g. "download" in bytes, "read" in entries);
     * {@code total} is negative when unknown.
     */
    void update(String phase, long done, long total);
}
