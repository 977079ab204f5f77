package dev.lineup.sync;

/** Progress of one publish, for the UI's progress view and the CLI's stderr lines. */
public interface PublishListener {
    default void leaseAcquired(LeaseInfo lease, String takeoverNote) {
    }

    default void uploading(String name, long size) {
    }

    default void fileDone(PublishReport.FileResult result) {
    }

    /** Everything is written; the lease is about to be released. */
    default void published(long generation) {
    }

    PublishListener NONE = new PublishListener() {
    };
}
