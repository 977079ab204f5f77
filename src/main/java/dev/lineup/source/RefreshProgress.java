package dev.lineup.source;

/**
 * Progress of a refresh, called on the refreshing thread: {@code phase} is "download" (bytes),
 * "read" (entries), "match" or "save" (rows written); {@code total} is -1 when unknown. A UI should
 * sample it on a tick rather than redraw per call.
 */
@FunctionalInterface
public interface RefreshProgress {
    RefreshProgress NONE = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
