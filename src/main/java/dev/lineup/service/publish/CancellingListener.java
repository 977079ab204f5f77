package dev.lineup.service.publish;

import dev.lineup.sync.PublishListener;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.SyncException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Passes events on, and stops the publish before the next upload or chunk once cancelled. */
record CancellingListener(PublishListener inner, BooleanSupplier cancel) implements PublishListener {
    @Override
    public void leaseAcquired(dev.lineup.sync.LeaseInfo lease, String takeoverNote) {
        inner.leaseAcquired(lease, takeoverNote);
    }

    @Override
    public void uploading(String name, long size) {
        check(cancel);
        inner.uploading(name, size);
    }

    /** Per acknowledged chunk: a cancel stops a big file within one chunk, and the old file stays. */
    @Override
    public void uploadProgress(String name, long sent, long size) {
        check(cancel);
        inner.uploadProgress(name, sent, size);
    }

    @Override
    public void fileDone(PublishReport.FileResult result) {
        inner.fileDone(result);
    }

    @Override
    public void published(long generation) {
        inner.published(generation);
    }

    @Override
    public void retrying(String what, SyncException cause, Duration delay) {
        inner.retrying(what, cause, delay);
    }

    /** Throws {@link CancellationException} once {@code cancel} (may be null) says so. */
    static void check(BooleanSupplier cancel) {
        if (cancel != null && cancel.getAsBoolean()) {
            throw new CancellationException("publish cancelled");
        }
    }
}
