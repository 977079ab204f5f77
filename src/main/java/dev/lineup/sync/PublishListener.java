package dev.lineup.sync;

/** Progress of one publish, for the UI's progress view and the CLI's stderr lines. */
public interface PublishListener {
    default void leaseAcquired(LeaseInfo lease, String takeoverNote) {
    }

    default void uploading(String name, long size) {
    }

    /**
     * {@code sent} of {@code size} bytes of {@code name} have arrived; called per acknowledged chunk,
     * from the uploading thread, with {@code sent} only ever growing. Throwing (e.g. a
     * {@link java.util.concurrent.CancellationException}) stops the upload within the current chunk.
     */
    default void uploadProgress(String name, long sent, long size) {
    }

    default void fileDone(PublishReport.FileResult result) {
    }

    /** Everything is written; the lease is about to be released. */
    default void published(long generation) {
    }

    /**
     * A remote call met a problem that is retried by itself (a rate limit, the network); the next try is in
     * {@code delay}. For a countdown: nothing for the user to do yet.
     */
    default void retrying(String what, SyncException cause, java.time.Duration delay) {
    }

    PublishListener NONE = new PublishListener() {
    };
}
