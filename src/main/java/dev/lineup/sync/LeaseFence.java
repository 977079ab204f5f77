package dev.lineup.sync;

import dev.lineup.task.Cancellation;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fence {@link Publisher} hands a target for one file: it stops the upload at the next chunk once the lease
 * is lost or the publish is cancelled, and before the commit unless the lockfile is still ours. Per chunk it
 * only reads what the heartbeat thread found; a heartbeat of its own is sent only when the last proof is older
 * than {@code reproveEvery}, so a slow upload never outlives an unnoticed takeover even if the heartbeat thread
 * is late. It remembers whether it stopped the upload, because then the target guarantees the remote file kept
 * its old content.
 */
final class LeaseFence implements UploadFence {
    private final Lease lease;
    private final Cancellation cancel;
    private final InstantSource clock;
    private final Duration reproveEvery;
    private Instant lastProof;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean stopped;

    LeaseFence(Lease lease, Cancellation cancel, InstantSource clock, Duration reproveEvery) {
        this.lease = lease;
        this.cancel = cancel;
        this.clock = clock;
        this.reproveEvery = reproveEvery;
        this.lastProof = clock.instant(); // the publisher proved the lease right before this file
    }

    /** Targets call it before committing anything, so a stop here always left the old content in place. */
    @Override
    public synchronized void betweenChunks() throws SyncException {
        try {
            lease.checkNotLost();
            Instant now = clock.instant();
            if (!now.isBefore(lastProof.plus(reproveEvery))) {
                lease.ensureHeld();
                lastProof = now;
            }
            cancel.check(Publisher.CANCELLED); // a cancel stops a big file within one chunk; the old file stays
        } catch (SyncException | RuntimeException e) {
            stopped = true;
            throw e;
        }
    }
    /** The fence: the lockfile must still be our revision, or nothing is committed. */
    @Override
    public void beforeCommit() throws SyncException {
        try {
            lease.verifyStillOurs();
        } catch (SyncException | RuntimeException e) {
            stopped = attempts.get() <= 1;
            throw e;
        }
    }

    /** The pacer starts (another) attempt at the upload. */
    void attemptStarted() {
        attempts.incrementAndGet();
    }

    /**
     * Whether this progress stopped the upload (cancel, lease lost) in its first attempt: the target then
     * left the remote file untouched. After a failed attempt the earlier one may have landed after all.
     */
    boolean stoppedBeforeAnyChange() {
        return stopped && attempts.get() == 1;
    }
}
