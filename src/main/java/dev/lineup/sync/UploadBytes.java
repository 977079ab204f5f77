package dev.lineup.sync;

import dev.lineup.task.Progress;

/**
 * A target's byte reports for one file, passed on as {@link Publisher#UPLOAD_PHASE} progress: one call at a
 * time, and never backwards. Concurrent chunks finish out of order and a restarted upload (a retry, a renewed
 * token) starts from zero again; then the furthest count so far is repeated, so a bar never jumps back.
 */
final class UploadBytes implements Progress {
    private final Progress watcher;
    private long furthest;

    UploadBytes(Progress watcher) {
        this.watcher = watcher;
    }

    @Override
    public synchronized void update(String file, long bytesDone, long size) {
        furthest = Math.max(furthest, bytesDone);
        watcher.update(Publisher.UPLOAD_PHASE, furthest, size);
    }
}
