package dev.lineup.sync;

/**
 * What may stop an upload before it changes the remote file: a target asks it between chunks and right before
 * the request that makes the new content visible. Throwing stops the upload there; the exception reaches the
 * caller of {@code put} unchanged and the remote file keeps its old content. That is how a cancel or a lost
 * lease interrupts a big file, and the publisher's fence against committing after a lost lease. How far the
 * upload got is reported apart, through {@link dev.lineup.task.Progress}.
 */
public interface UploadFence {
    /** Nothing stops the upload. */
    UploadFence NONE = new UploadFence() {
    };

    /**
     * Called after each acknowledged chunk that does not yet commit the file (a local block, a Dropbox
     * append, a Drive resumable chunk but the last). Possibly from several threads, one at a time.
     */
    default void betweenChunks() throws SyncException {
    }

    /**
     * Called right before the request that makes the new content visible (a single-request upload, the
     * session finish, the final chunk, the local rename).
     */
    default void beforeCommit() throws SyncException {
    }
}
