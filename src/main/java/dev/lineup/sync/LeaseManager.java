package dev.lineup.sync;

import dev.lineup.files.IoThreadGuard;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code lockfile.json} lease protocol of DESIGN.md, written once against {@link PublishTarget}:
 * acquire with create-if-absent, take over a stale lease by compare-and-swap (and say so), refuse a
 * live one with a {@code LeaseHeld} problem, remove a stale or confirmed lock by compare-and-delete, and hand out a fencing {@code generation} that grows with
 * every acquisition.
 */
public final class LeaseManager {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseManager.class);

    public static final String LOCK_FILE = LeaseFiles.LOCK_FILE;
    public static final String GENERATION_FILE = LeaseFiles.GENERATION_FILE;

    private final PublishTarget target;
    private final RetryPacer pacer;
    private final LeaseOwner me;
    private final Duration ttl;
    private final LeaseFiles files;

    public LeaseManager(PublishTarget target, RetryPacer pacer, LeaseOwner me, Duration ttl) {
        if (ttl.toSeconds() < 1) {
            throw new IllegalArgumentException("lease ttl must be at least 1 second");
        }
        this.target = target;
        this.pacer = pacer;
        this.me = me;
        this.ttl = ttl;
        this.files = new LeaseFiles(target, pacer);
    }

    public PublishTarget target() {
        return target;
    }

    public LeaseOwner owner() {
        return me;
    }

    public Duration ttl() {
        return ttl;
    }

    /** The lease currently in the folder, judged stale or live by the target's clock; empty if free. */
    public Optional<LeaseStatus> status() throws SyncException {
        Optional<LeaseFiles.Lock> lock = files.readLock(ttl.toSeconds());
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        Instant now = target.serverTime();
        LeaseInfo info = lock.get().info();
        return Optional.of(new LeaseStatus(info, lock.get().revision(), now, staleReason(info, now)));
    }

    /** lockIds of the leases this process holds right now; any other lock of ours was abandoned. */
    private static final java.util.Set<String> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static void hold(String lockId) {
        LIVE.add(lockId);
    }

    static void forget(String lockId) {
        LIVE.remove(lockId);
    }

    /**
     * Why {@code info} is stale, if it is: no heartbeat for its ttl by the server's clock, or it was
     * written on this host by a process that no longer exists.
     */
    public Optional<String> staleReason(LeaseInfo info, Instant serverNow) {
        long age = info.heartbeatAge(serverNow).toSeconds();
        if (info.owner().instanceId().equals(me.instanceId()) && info.owner().pid() == ProcessHandle.current().pid()
                && !LIVE.contains(info.lockId())) {
            return Optional.of("left by an unfinished publish of this installation");
        }
        if (info.unfinished()) {
            return Optional.of(String.format("an unfinished publish by \"%s\" (host %s, since %s) stopped part-way; "
                            + "the folder may mix generations; it becomes free at %s (in %d s), or take over now",
                    info.owner().instanceName(), info.owner().host(), info.acquiredAt(), info.freeAt(),
                    Math.max(0, java.time.Duration.between(serverNow, info.freeAt()).toSeconds())));
        }
        if (info.heartbeatAt().plusSeconds(info.ttlSeconds()).isBefore(serverNow)) {
            return Optional.of("no heartbeat for " + age + " s (ttl " + info.ttlSeconds() + " s)");
        }
        LeaseOwner o = info.owner();
        // Only a known, equal machine id makes "same computer": host names repeat and may not resolve.
        boolean sameMachine = MachineIdentity.same(o.machineId(), me.machineId());
        if (sameMachine && o.pid() > 0 && o.pid() != ProcessHandle.current().pid()
                && !ProcessHandle.of(o.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.of("process " + o.pid() + " on " + o.host() + " is no longer running");
        }
        return Optional.empty();
    }

    /**
     * Acquires the lease for {@code purpose}. A stale lease is taken over automatically (the returned
     * lease's {@link Lease#takeoverNote()} says so); a live one fails with {@code LeaseHeld}.
     */
    public Lease acquire(String purpose) throws SyncException {
        return acquire(purpose, null);
    }

    /**
     * Deletes a live lease the user explicitly confirmed taking over (by its lockId) and acquires it.
     * Fails with {@code LeaseHeld} when the lease changed since it was shown.
     */
    public Lease forceTakeover(String purpose, ForceConfirmation confirmation) throws SyncException {
        return acquire(purpose, confirmation);
    }

    /** Compare-and-deletes the current lease only if it is stale; returns what was removed. */
    public Optional<LeaseInfo> releaseStale() throws SyncException {
        Optional<LeaseStatus> s = status();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!s.get().stale()) {
            throw s.get().asProblem(target.describe()).toException(null);
        }
        return removeIfUnchanged(s.get()) ? Optional.of(s.get().info()) : Optional.empty();
    }

    /**
     * Removes a live lease the user confirmed by lockId; returns what was removed. It is taken over by
     * compare-and-swap first (our lockfile over theirs, a new generation) and then released, so the old
     * holder's LeaseLost names who took it, and its next commit is fenced off.
     */
    public Optional<LeaseInfo> forceRelease(ForceConfirmation confirmation) throws SyncException {
        Optional<LeaseStatus> s = status();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!s.get().info().lockId().equals(confirmation.lockId())) {
            throw changedSinceShown();
        }
        try (Lease taken = acquire("remove the lock of '" + s.get().info().owner().instanceName() + "'",
                confirmation)) {
            taken.release();
        }
        LOG.warn("forcibly removed the live lease of '{}' (host {}, pid {}) on {}", s.get().info().owner()
                .instanceName(), s.get().info().owner().host(), s.get().info().owner().pid(), target.describe());
        return Optional.of(s.get().info());
    }

    private Lease acquire(String purpose, ForceConfirmation forced) throws SyncException {
        IoThreadGuard.check("lease");
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<LeaseStatus> current = status();
            Optional<Lease> lease;
            if (current.isPresent()) {
                LeaseStatus s = current.get();
                boolean confirmed = forced != null && forced.lockId().equals(s.info().lockId());
                if (!s.stale() && !confirmed) {
                    throw (forced != null ? changedSinceShown() : s.asProblem(target.describe()).toException(null));
                }
                LeaseOwner o = s.info().owner();
                String kind = s.info().unfinished() ? "unfinished" : s.stale() ? "stale" : "live";
                String note = String.format("took over the %s lease of \"%s\" (host %s, pid %d, generation %d)%s",
                        kind, o.instanceName(), o.host(), o.pid(), s.info().generation(),
                        s.info().unfinished() ? ": it was left by an unfinished publish; this one completes the folder"
                                : s.staleReason().map(r -> ": " + r).orElse(" as confirmed"));
                files.recordGeneration(s.info().generation(), me.instanceName());
                // Replace the old lockfile by compare-and-swap rather than delete-then-create: there is never
                // a moment without a lock in which a half-written output of the old holder looks finished.
                lease = install(purpose, note, s.info().writing(), json -> {
                    try {
                        return Optional.of(target.putIfRevision(LOCK_FILE, json, s.revision()));
                    } catch (SyncException e) {
                        if (e.kind() == ProblemKind.REMOTE_CHANGED) {
                            return Optional.empty();
                        }
                        throw e;
                    }
                });
                // The lease carries the note to the user (the CLI's "note:", the desktop's outcome); the log only
                // records it, below the warning level the command line prints.
                lease.ifPresent(l -> LOG.info("{} on {}", note, target.describe()));
            } else {
                lease = install(purpose, null, Map.of(), json -> target.createIfAbsent(LOCK_FILE, json));
            }
            if (lease.isPresent()) {
                return lease.get();
            }
        }
        Optional<LeaseStatus> holder = status();
        if (holder.isPresent()) {
            throw holder.get().asProblem(target.describe()).toException(null);
        }
        throw new SyncException(ProblemKind.UNREACHABLE, "the lease on " + target.describe()
                + " changed hands too often to acquire it; try again");
    }

    /** Writes a lockfile atomically: create-if-absent, or compare-and-swap over a lease being taken over. */
    @FunctionalInterface
    private interface LockWrite {
        Optional<RemoteFile> write(byte[] json) throws SyncException;
    }

    /**
     * {@code inheritedWrites}: what the lease taken over had declared it may write. Carried on until our
     * manifest is written, so a publish that fails too leaves the next one able to tell those files apart.
     */
    private Optional<Lease> install(String purpose, String note, Map<String, List<String>> inheritedWrites,
                                    LockWrite write) throws SyncException {
        Instant now = target.serverTime();
        long generation = files.knownGeneration() + 1;
        LeaseInfo info = new LeaseInfo(LeaseInfo.SCHEMA, UUID.randomUUID().toString(), purpose, me, now, now,
                ttl.toSeconds(), generation).withWrites(inheritedWrites);
        Optional<RemoteFile> written = pacer.call("write lockfile", () -> write.write(info.toJson()));
        String revision;
        if (written.isPresent()) {
            revision = written.get().revision();
        } else {
            // A retried write whose first attempt landed (the answer was lost) finds its own lockfile in the
            // way; recognise it by our fresh lockId instead of reporting ourselves as the holder.
            Optional<LeaseFiles.Lock> there = files.readLock(ttl.toSeconds());
            if (there.isEmpty() || !there.get().info().lockId().equals(info.lockId())) {
                return Optional.empty();
            }
            revision = there.get().revision();
        }
        Lease lease = new Lease(this, files, pacer, info, revision, note);
        hold(info.lockId());
        // Someone may have finished a whole lease between our read of the generation and our write:
        // now that no one else can acquire, re-read and move past whatever they used.
        try {
            long known = files.knownGeneration();
            if (known >= generation) {
                lease.bumpGeneration(known + 1);
            }
            files.recordGeneration(lease.generation(), me.instanceName());
        } catch (SyncException | RuntimeException e) {
            // A lease never handed out must not stay behind as a live lock; one taken over may cover a
            // part-written folder, so it stays, marked unfinished, rather than make that folder look settled.
            if (note != null) {
                lease.abandon();
            } else {
                lease.close();
            }
            throw e;
        }
        LOG.info("acquired lease generation {} on {} for {}", lease.generation(), target.describe(), purpose);
        return Optional.of(lease);
    }

    /** Remembers the removed lease's generation first, so the next one still counts past it. */
    private boolean removeIfUnchanged(LeaseStatus s) throws SyncException {
        files.recordGeneration(s.info().generation(), me.instanceName());
        return pacer.call("delete lockfile", () -> target.deleteIfRevision(LOCK_FILE, s.revision()));
    }

    private SyncException changedSinceShown() throws SyncException {
        Optional<LeaseStatus> now = status();
        if (now.isPresent()) {
            return now.get().asProblem(target.describe()).toException(null);
        }
        return new SyncException(ProblemKind.LEASE_HELD, "the lease changed since it was shown; it is free now");
    }
}
