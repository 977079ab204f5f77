package dev.lineup.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A held lease. Heartbeats rewrite {@code lockfile.json} with a compare-and-swap on our revision; a
 * conflict means someone took the lease over, and from then on {@link #ensureHeld()} fails with
 * {@code LeaseLost} so the publisher writes nothing more.
 */
public final class Lease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lease.class);

    private final LeaseManager manager;
    private final LeaseFiles files;
    private final RetryPacer pacer;
    private final String takeoverNote;
    private LeaseInfo info;
    private String revision;
    private Instant lastConfirmed;
    /** Volatile so {@link #checkNotLost()} can read it without waiting for a heartbeat in progress. */
    private volatile SyncProblem lost;
    private boolean released;
    private ScheduledExecutorService heartbeats;

    Lease(LeaseManager manager, LeaseFiles files, RetryPacer pacer, LeaseInfo info, String revision,
          String takeoverNote) {
        this.manager = manager;
        this.files = files;
        this.pacer = pacer;
        this.info = info;
        this.revision = revision;
        this.takeoverNote = takeoverNote;
        this.lastConfirmed = info.heartbeatAt();
    }

    public synchronized LeaseInfo info() {
        return info;
    }

    /** The fencing token: written into the manifest published under this lease. */
    public synchronized long generation() {
        return info.generation();
    }

    /** Present when acquiring took over someone else's lease, e.g. "took over the stale lease of …". */
    public Optional<String> takeoverNote() {
        return Optional.ofNullable(takeoverNote);
    }

    public synchronized boolean isLost() {
        return lost != null;
    }

    public synchronized Optional<SyncProblem> lostProblem() {
        return Optional.ofNullable(lost);
    }

    /**
     * Throws {@code LeaseLost} if a heartbeat already found the lease taken over; no remote call and no
     * lock, so it is cheap enough to ask after every uploaded chunk.
     */
    public void checkNotLost() throws SyncException {
        SyncProblem p = lost;
        if (p != null) {
            throw p.toException(null);
        }
    }

    /** Proves the lease is still ours by a heartbeat; throws {@code LeaseLost} if it is not. */
    public synchronized void ensureHeld() throws SyncException {
        heartbeat();
    }

    /** Rewrites the lockfile with a fresh heartbeat, only if it is still exactly our revision. */
    public synchronized void heartbeat() throws SyncException {
        rewrite(info, "heartbeat");
    }

    /**
     * Declares, before the first upload, the files this publish may replace and the content hash each
     * may hold afterwards (see {@link LeaseInfo#writing()}); doubles as a heartbeat.
     */
    public synchronized void declareWrites(java.util.Map<String, java.util.List<String>> writes)
            throws SyncException {
        rewrite(info.withWrites(writes), "declare writes");
    }

    private void rewrite(LeaseInfo base, String what) throws SyncException {
        if (lost != null) {
            throw lost.toException(null);
        }
        if (released) {
            throw new IllegalStateException("lease generation " + info.generation() + " was already released");
        }
        LeaseInfo next = base.withHeartbeat(manager.target().serverTime());
        try {
            // Retries past ttl/3 are worthless: the next heartbeat is due and others judge us by the ttl.
            RemoteFile written = pacer.within(ttlDuration().dividedBy(3)).call(what, () -> manager.target()
                    .putIfRevision(LeaseManager.LOCK_FILE, next.toJson(), revision));
            info = next;
            revision = written.revision();
            lastConfirmed = next.heartbeatAt();
        } catch (SyncException e) {
            if (e.kind() == ProblemKind.REMOTE_CHANGED) {
                if (adoptIfOurs(next)) {
                    return;
                }
                markLost(e);
                throw lost.toException(e);
            }
            if (Duration.between(lastConfirmed, manager.target().serverTime()).compareTo(ttlDuration()) > 0) {
                // Unconfirmed for a whole ttl: others may rightly have taken over, so stop writing.
                markLost(e);
                throw lost.toException(e);
            }
            throw e;
        }
    }

    /**
     * A retried write whose first attempt did land reports a conflict with itself: if the lockfile now
     * holds exactly the heartbeat we sent, it is ours.
     */
    private boolean adoptIfOurs(LeaseInfo sent) {
        try {
            Optional<LeaseFiles.Lock> now = files.readLock(info.ttlSeconds());
            if (now.isPresent() && now.get().info().equals(sent)) {
                info = sent;
                revision = now.get().revision();
                lastConfirmed = sent.heartbeatAt();
                return true;
            }
        } catch (SyncException e) {
            LOG.debug("cannot re-read lockfile after a heartbeat conflict: {}", e.getMessage());
        }
        return false;
    }

    /** Starts a daemon heartbeat every ttl/3, for uploads that outlast the ttl. */
    public synchronized void startHeartbeats() {
        if (heartbeats != null) {
            return;
        }
        long period = Math.max(200, ttlDuration().toMillis() / 3);
        heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-heartbeat-" + info.generation());
            t.setDaemon(true);
            return t;
        });
        heartbeats.scheduleAtFixedRate(() -> {
            try {
                heartbeat();
            } catch (SyncException e) {
                LOG.warn("heartbeat for lease generation {} failed: {}", generation(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.debug("heartbeat stopped: {}", e.toString());
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Gives the lease back with a compare-and-delete. False when it was no longer ours (lost or taken
     * over), in which case nothing is deleted.
     */
    public synchronized boolean release() throws SyncException {
        stopHeartbeats();
        if (released || lost != null) {
            return false;
        }
        released = true;
        LeaseManager.forget(info.lockId());
        boolean deleted = pacer.call("release lockfile",
                () -> manager.target().deleteIfRevision(LeaseManager.LOCK_FILE, revision));
        if (!deleted) {
            LOG.warn("lease generation {} was no longer ours at release", info.generation());
        }
        return deleted;
    }

    /**
     * Stops heartbeats and writes nothing more, but leaves the lockfile in place: for a publish that
     * failed after it had overwritten some files but before its manifest. Without a lock that folder
     * would look finished while it mixes two generations; with it, readers see a publish in progress
     * until the lock goes stale and the next publish (ours or another installation's) completes it.
     */
    public synchronized void abandon() {
        stopHeartbeats();
        if (released || lost != null) {
            return;
        }
        released = true;
        LeaseManager.forget(info.lockId());
        // Say what the lease is now, by compare-and-swap: others then see an unfinished publish they may
        // take over at once, instead of a live one they must wait out for a whole ttl.
        LeaseInfo marked = info.markedUnfinished(manager.target().serverTime());
        try {
            RemoteFile written = pacer.within(ttlDuration().dividedBy(3)).call("mark lease unfinished",
                    () -> manager.target().putIfRevision(LeaseManager.LOCK_FILE, marked.toJson(), revision));
            info = marked;
            revision = written.revision();
        } catch (SyncException e) {
            LOG.warn("could not mark lease generation {} unfinished: {}", info.generation(), e.getMessage());
        }
        LOG.warn("left lease generation {} in place, marked unfinished: the folder holds an unfinished publish",
                info.generation());
    }

    /**
     * The fence right before a commit that makes bytes visible: the lockfile must still be exactly our
     * revision. One metadata read, no write; a changed or missing lockfile is LeaseLost, and from then on
     * nothing more is committed.
     */
    public synchronized void verifyStillOurs() throws SyncException {
        checkNotLost();
        Optional<RemoteFile> now = pacer.within(ttlDuration().dividedBy(3)).call("check lease",
                () -> manager.target().stat(LeaseManager.LOCK_FILE));
        if (now.isEmpty() || !now.get().revision().equals(revision)) {
            SyncException e = new SyncException(ProblemKind.REMOTE_CHANGED, "lockfile.json changed before a commit");
            markLost(e);
            throw lost.toException(e);
        }
    }

    /** Releases, logging instead of throwing: for try-with-resources on error paths. */
    @Override
    public void close() {
        try {
            release();
        } catch (SyncException e) {
            LOG.warn("could not release lease generation {}: {}", generation(), e.getMessage());
        }
    }

    /** Moves our lockfile to a higher generation (only right after acquiring, before any work). */
    synchronized void bumpGeneration(long generation) throws SyncException {
        LeaseInfo next = info.withGeneration(generation, manager.target().serverTime());
        try {
            RemoteFile written = pacer.call("lockfile generation", () -> manager.target()
                    .putIfRevision(LeaseManager.LOCK_FILE, next.toJson(), revision));
            info = next;
            revision = written.revision();
        } catch (SyncException e) {
            if (e.kind() == ProblemKind.REMOTE_CHANGED) {
                markLost(e);
                throw lost.toException(e);
            }
            throw e;
        }
    }

    private void markLost(SyncException cause) {
        stopHeartbeats();
        Optional<LeaseInfo> holder;
        try {
            holder = files.readLock(info.ttlSeconds()).map(LeaseFiles.Lock::info)
                    .filter(h -> !h.lockId().equals(info.lockId()));
        } catch (SyncException e) {
            holder = Optional.empty();
        }
        Optional<LeaseFiles.Recorded> after = Optional.empty();
        if (holder.isEmpty()) {
            try {
                // A taker that already released its lease left its name in the generation file.
                after = files.lastRecorded().filter(r -> r.generation() > info.generation());
            } catch (SyncException e) {
                after = Optional.empty();
            }
        }
        lost = SyncProblem.leaseLost(info.generation(), holder, after, manager.target().serverTime(),
                manager.target().describe());
        LOG.warn("lease generation {} lost: {} ({})", info.generation(), lost.factsLine(), cause.getMessage());
    }

    private Duration ttlDuration() {
        return Duration.ofSeconds(info.ttlSeconds());
    }

    private synchronized void stopHeartbeats() {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
            heartbeats = null;
        }
    }
}
