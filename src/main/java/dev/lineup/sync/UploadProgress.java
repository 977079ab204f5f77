package dev.lineup.sync;

/**
 * Told how much of one upload the provider has acknowledged. A target calls it after each chunk (a
 * single-request upload once, at the end), possibly from several threads at once. Throwing stops the
 * upload as soon as possible: the exception reaches the caller of {@code put} unchanged and the remote
 * file keeps its old content. That is how a cancel or a lost lease interrupts a big file.
 */
@FunctionalInterface
public interface UploadProgress {
    UploadProgress NONE = (done, size) -> { };

    /** {@code bytesDone} of {@code size} bytes are acknowledged. */
    void sent(long bytesDone, long size) throws SyncException;

    /**
     * Called right before the request that makes the new content visible (a single-request upload, the
     * session finish, the final chunk, the local rename). Throwing stops the upload there and the remote
     * file keeps its old content: that is the publisher's fence against committing after a lost lease.
     */
    default void beforeCommit() throws SyncException {
    }

    /**
     * A thread-safe view of {@code inner}: one call at a time, and the byte count never goes backwards.
     * Concurrent chunks finish out of order and a restarted upload (a retry, a renewed token) starts from
     * zero again; then the furthest count so far is repeated, so the bar never jumps back while
     * {@code inner} still hears every chunk (and can stop the upload at any of them).
     */
    static UploadProgress monotonic(UploadProgress inner) {
        return new UploadProgress() {
            private long furthest;

            @Override
            public synchronized void sent(long bytesDone, long size) throws SyncException {
                furthest = Math.max(furthest, bytesDone);
                inner.sent(furthest, size);
            }

            @Override
            public synchronized void beforeCommit() throws SyncException {
                inner.beforeCommit();
            }
        };
    }
}
