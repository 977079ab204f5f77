package dev.lineup.sync;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import dev.lineup.output.Manifest;
import dev.lineup.model.Role;
import dev.lineup.files.IoThreadGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a staged output folder to one target under the lease: upload only what differs, overwrite
 * in place, verify every upload, write the manifest (carrying the lease's generation) last, release.
 * The lease is re-proved between files and checked after every uploaded chunk; once it is lost nothing
 * more is written, and a big file in flight stops at its next chunk. Every failure ends as one recorded
 * {@link SyncProblem}.
 */
public final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    /**
     * Per-call choices: overwrite files someone else changed; take over a confirmed live lease; who watches
     * (bytes through {@code progress}, the rest as {@link PublishEvent}s); take over layouts the index lists
     * under another installation (confirmed); keep these files' remote edits; the cancel button, checked before
     * each upload and after each acknowledged chunk (then the file keeps its old content, and the lease is
     * released unless files were already replaced).
     */
    public record Options(boolean overwriteRemoteChanges, ForceConfirmation forceTakeover, Progress progress,
                          Consumer<PublishEvent> events, boolean takeOverLayouts, Set<String> keepTheirs,
                          Cancellation cancel) {
        public static final Options DEFAULT = new Options(false, null);

        public Options {
            progress = progress == null ? Progress.NONE : progress;
            events = events == null ? PublishEvent.IGNORED : events;
            keepTheirs = keepTheirs == null ? Set.of() : Set.copyOf(keepTheirs);
            cancel = cancel == null ? Cancellation.none() : cancel;
        }

        public Options(boolean overwriteRemoteChanges, ForceConfirmation forceTakeover) {
            this(overwriteRemoteChanges, forceTakeover, null, null, false, Set.of(), null);
        }

        /** The same choices, watched by {@code p} (bytes, phases) and {@code e} (events); null: nobody. */
        public Options watchedBy(Progress p, Consumer<PublishEvent> e) {
            return new Options(overwriteRemoteChanges, forceTakeover, p, e, takeOverLayouts, keepTheirs, cancel);
        }

        /** The same choices, stopped by {@code c} (null: nobody cancels). */
        public Options withCancellation(Cancellation c) {
            return new Options(overwriteRemoteChanges, forceTakeover, progress, events, takeOverLayouts, keepTheirs,
                    c);
        }

        /** The user confirmed: this installation becomes the owner of the layouts it publishes. */
        public Options takingOverLayouts() {
            return new Options(overwriteRemoteChanges, forceTakeover, progress, events, true, keepTheirs, cancel);
        }

        /** The user chose to keep someone else's edit of these files: they are not uploaded. */
        public Options keepingTheirs(Set<String> files) {
            return new Options(overwriteRemoteChanges, forceTakeover, progress, events, takeOverLayouts, files,
                    cancel);
        }
    }

    /** The progress phase of an upload: bytes of the file the last {@link PublishEvent.Uploading} named. */
    public static final String UPLOAD_PHASE = "upload";
    /** What a cancelled publish says: "Publish cancelled". */
    static final String CANCELLED = "Publish";
    private final PublishTarget target;
    private final LeaseManager leases;
    private final RetryPacer pacer;
    private final Role role;
    private final ProblemHistory history;
    private final Map<Path, String> providerHashes = new java.util.concurrent.ConcurrentHashMap<>();
    private LinkNaming linkNaming = LinkNaming.NONE;

    public Publisher(LeaseManager leases, RetryPacer pacer, Role role, ProblemHistory history) {
        this.target = leases.target();
        this.leases = leases;
        this.pacer = pacer;
        this.role = role;
        this.history = history;
    }

    /** Files that name other files' share links are published after those, rewritten to name them. */
    public Publisher namingLinks(LinkNaming naming) {
        this.linkNaming = naming == null ? LinkNaming.NONE : naming;
        return this;
    }

    public PublishReport publish(Path stagedFolder, String purpose)
            throws SyncProblemException, NotPrimaryException, StagedFolderException {
        return publish(stagedFolder, purpose, Options.DEFAULT);
    }

    /** Publishes a folder staged elsewhere: every file is read and checked against its manifest first. */
    public PublishReport publish(Path stagedFolder, String purpose, Options options)
            throws SyncProblemException, NotPrimaryException, StagedFolderException {
        IoThreadGuard.check("publish");
        if (!role.mayPublish()) {
            throw new NotPrimaryException(role);
        }
        return publish(StagedFolder.read(stagedFolder), purpose, options);
    }

    /** Publishes what the renderer just staged, trusting the hashes its manifest record carries. */
    public PublishReport publish(StagedFolder staged, String purpose, Options options)
            throws SyncProblemException, NotPrimaryException {
        IoThreadGuard.check("publish");
        if (!role.mayPublish()) {
            throw new NotPrimaryException(role);
        }
        providerHashes.clear(); // a folder staged again may hold other bytes under the same names
        Lease lease = null;
        Written written = new Written();
        try {
            lease = options.forceTakeover() == null ? leases.acquire(purpose)
                    : leases.forceTakeover(purpose, options.forceTakeover());
            lease.startHeartbeats();
            // A lease taken over (stale, unfinished, or forced) may have left the folder part-written: until
            // our manifest is written, a failure must leave it marked unfinished, never release it as settled.
            written.filesChanged = lease.takeoverNote().isPresent();
            options.events().accept(new PublishEvent.LeaseAcquired(lease.info(), lease.takeoverNote().orElse(null)));
            PublishReport report = upload(staged, lease, options, written);
            options.events().accept(new PublishEvent.Published(report.generation()));
            lease.release();
            return report;
        } catch (SyncException e) {
            SyncProblem problem = SyncProblem.of(e, target.describe(), target.serverTime());
            history.record(problem);
            endAfterFailure(lease, written);
            LOG.info("publish to {} failed: {}", target.describe(), problem.cliLine()); // the caller shows it
            throw problem.toException(e);
        } catch (RuntimeException e) {
            endAfterFailure(lease, written);
            throw e;
        }
    }

    /** What a publish has done to the remote folder so far, for deciding how to end after a failure. */
    private static final class Written {
        boolean filesChanged;
        boolean manifestWritten;
    }

    /**
     * A failed publish that already overwrote files but not yet the manifest leaves its lock in place
     * (see {@link Lease#abandon}); otherwise it releases by compare-and-delete (a lost lease is left to
     * its new holder).
     */
    private static void endAfterFailure(Lease lease, Written progress) {
        if (lease == null) {
            return;
        }
        if (progress.filesChanged && !progress.manifestWritten && !lease.isLost()) {
            lease.abandon();
        } else {
            lease.close();
        }
    }

    private PublishReport upload(StagedFolder staged, Lease lease, Options options, Written progress)
            throws SyncException {
        // The index first: it names every published file's id, so a target whose listing lags (Drive)
        // reaches them by id in the listing that follows.
        Optional<RemoteFile> oldIndexFile = pacer.call("stat manifest", () -> target.stat(Manifest.FILE_NAME));
        FolderIndex index = readIndex(oldIndexFile);
        target.remember(index);
        Map<String, RemoteFile> remote = new LinkedHashMap<>();
        for (RemoteFile f : pacer.call("list", target::list)) {
            remote.put(f.name(), f);
        }
        IndexCheck check = IndexCheck.run(index, leases.owner(), remote, staged, options, this::hashOf,
                name -> pacer.call("stat " + name, () -> target.stat(name)), target.serverTime(), target.describe(),
                lease.info());
        Map<String, String> localHashes = new LinkedHashMap<>();
        Map<String, List<String>> writes = new LinkedHashMap<>();
        for (StagedFolder.Entry e : staged.files()) {
            RemoteFile r = remote.get(e.name());
            if (check.keptTheirs(e.name()) || r != null && IndexCheck.indexSaysUnchanged(index, e, r, leases.owner())) {
                continue; // unchanged since our last publish: the local file is not even read
            }
            String localHash = hashOf(e);
            localHashes.put(e.name(), localHash);
            if (r == null || !localHash.equals(r.contentHash())) {
                writes.put(e.name(), List.of(localHash));
            }
        }
        if (!writes.isEmpty()) {
            lease.declareWrites(writes); // before any upload: see LeaseInfo#writing
        }
        Map<String, PublishReport.FileResult> results = new LinkedHashMap<>();
        staged.files().forEach(e -> results.put(e.name(), null)); // reported in staged order
        Map<String, String> links = new LinkedHashMap<>();
        Map<String, RemoteFile> after = new LinkedHashMap<>(remote);
        long bytes = 0;
        for (StagedFolder.Entry staging : linkNaming.order(staged.files())) {
            lease.ensureHeld();
            StagedFolder.Entry e = staging;
            if (linkNaming.namesLinks(e.name()) && !check.keptTheirs(e.name())) {
                Optional<StagedFolder.Entry> named = named(e, links);
                if (named.isPresent()) {
                    e = named.get();
                    staged = staged.replacing(e);
                    String localHash = hashOf(e);
                    localHashes.put(e.name(), localHash);
                    RemoteFile r = remote.get(e.name());
                    boolean differs = r == null || !localHash.equals(r.contentHash());
                    List<String> declared = differs ? writes.put(e.name(), List.of(localHash)) : writes.remove(e.name());
                    if (differs ? !List.of(localHash).equals(declared) : declared != null) {
                        lease.declareWrites(writes); // what a reader of the lease is told we write
                    }
                }
            }
            StagedFolder.Entry file = e;
            String localHash = localHashes.get(e.name());
            boolean same = !writes.containsKey(e.name());
            if (!same) {
                options.cancel().check(CANCELLED);
                options.events().accept(new PublishEvent.Uploading(e.name(), e.size()));
                boolean changedBefore = progress.filesChanged;
                progress.filesChanged = true; // before the call: a failed upload may still have landed
                LeaseFence guard = new LeaseFence(lease, options.cancel(), pacer.clock(), leases.ttl().dividedBy(3));
                try {
                    after.put(e.name(), uploadVerified(e, localHash, guard, new UploadBytes(options.progress())));
                } catch (SyncException | RuntimeException x) {
                    if (guard.stoppedBeforeAnyChange()) {
                        progress.filesChanged = changedBefore; // so a cancel here releases the lease
                    }
                    throw x;
                }
                bytes += e.size();
            }
            PublishReport.FileResult result = new PublishReport.FileResult(e.name(), e.size(), !same,
                    pacer.call("share link", () -> target.shareLink(file.name())));
            results.put(e.name(), result);
            links.put(e.name(), result.shareLink());
            options.events().accept(new PublishEvent.FileDone(result));
        }
        // Sharing may move a file's revision (Drive counts permission changes): record what is there now.
        for (StagedFolder.Entry e : staged.files()) {
            RemoteFile now = after.get(e.name());
            if (now != null && !check.keptTheirs(e.name())) {
                after.put(e.name(), pacer.call("stat " + e.name(), () -> target.stat(e.name())).orElse(now));
            }
        }
        Instant now = target.serverTime();
        Map<String, FolderIndex.LayoutEntry> mine = check.entries(staged, after, lease.generation(), now);
        boolean unchanged = bytes == 0 && oldIndexFile.isPresent() && IndexCheck.sameFiles(index, mine);
        List<String> deleted = List.of();
        if (!unchanged) {
            FolderIndex next = index.with(mine, lease.generation(), now);
            lease.verifyStillOurs();
            writeManifest(next.toJson(), oldIndexFile, lease, options);
            progress.manifestWritten = true;
            deleted = check.obsolete(staged, next);
            deleteObsolete(deleted, lease);
        }
        java.util.Set<String> listed = index.with(mine, lease.generation(), now).listedFiles();
        List<String> gone = deleted;
        List<String> leftAlone = remote.keySet().stream().filter(n -> !listed.contains(n) && !gone.contains(n)
                && !StagedFolder.RESERVED.contains(n) && !n.startsWith(".")).sorted().toList();
        // Nothing changed: the folder stays at the generation its index names (a mirror reads that one), although
        // this lease counted one more.
        long generation = unchanged ? index.generation() : lease.generation();
        return new PublishReport(target.describe(), generation, List.copyOf(results.values()), bytes, !unchanged,
                lease.takeoverNote(), leftAlone);
    }

    /** {@code e} rewritten to name the links published so far; empty: publish it as staged (named next time). */
    private Optional<StagedFolder.Entry> named(StagedFolder.Entry e, Map<String, String> links) {
        try {
            return linkNaming.name(e.name(), links);
        } catch (IOException | RuntimeException x) {
            LOG.warn("{} could not name the links of the files published with it ({}); the next publish will", e.name(),
                    x.toString());
            return Optional.empty();
        }
    }

    private RemoteFile uploadVerified(StagedFolder.Entry e, String localHash, LeaseFence guard, Progress bytes)
            throws SyncException {
        return pacer.call("upload " + e.name(), () -> {
            guard.attemptStarted();
            RemoteFile put = target.put(e.name(), e.path(), bytes, guard);
            if (!localHash.equals(put.contentHash()) || put.size() != e.size()) {
                // Retryable: a transfer that arrived damaged is worth sending again.
                throw new SyncException(ProblemKind.UNREACHABLE, e.name() + " arrived damaged (hash "
                        + put.contentHash() + ", expected " + localHash + ")", Map.of("file", e.name()),
                        Duration.ZERO, null);
            }
            return put;
        });
    }

    /**
     * The manifest is written with a compare-and-swap against the one we listed: if it changed under us
     * (a takeover, or someone editing the folder) we never overwrite it silently.
     */
    private void writeManifest(byte[] json, Optional<RemoteFile> old, Lease lease, Options options)
            throws SyncException {
        try {
            if (old.isPresent()) {
                pacer.call("write manifest", () -> target.putIfRevision(Manifest.FILE_NAME, json,
                        old.get().revision()));
            } else if (pacer.call("create manifest", () -> target.createIfAbsent(Manifest.FILE_NAME, json))
                    .isEmpty()) {
                throw new SyncException(ProblemKind.REMOTE_CHANGED, Manifest.FILE_NAME + " appeared meanwhile");
            }
        } catch (SyncException e) {
            if (e.kind() != ProblemKind.REMOTE_CHANGED) {
                throw e;
            }
            lease.ensureHeld(); // a takeover shows up here as LeaseLost
            if (ourWriteLanded(json)) {
                return; // a retried write whose first attempt did land conflicts with itself
            }
            if (!options.overwriteRemoteChanges()) {
                Optional<RemoteFile> now = pacer.call("stat manifest", () -> target.stat(Manifest.FILE_NAME));
                // Keep who changed it, when the target could tell: the wizard shows it.
                throw SyncProblem.remoteChanged(Manifest.FILE_NAME, now, e.facts().get("changedBy"),
                        target.serverTime(), target.describe())
                        .toException(e);
            }
            byte[] bytes = json;
            pacer.call("overwrite manifest", () -> target.putIfRevision(Manifest.FILE_NAME, bytes,
                    target.stat(Manifest.FILE_NAME).map(RemoteFile::revision).orElse("")));
        }
    }

    /** Whether the remote manifest already holds exactly {@code json} (only we could have written it). */
    private boolean ourWriteLanded(byte[] json) throws SyncException {
        if (pacer.call("stat manifest", () -> target.stat(Manifest.FILE_NAME)).isEmpty()) {
            return false;
        }
        return java.util.Arrays.equals(new LeaseFiles(target, pacer).readAll(Manifest.FILE_NAME), json);
    }

    /** Files our previous entries published that the new index no longer lists (e.g. gzip turned off). */
    private void deleteObsolete(List<String> names, Lease lease) throws SyncException {
        for (String name : names) {
            lease.ensureHeld();
            pacer.call("delete " + name, () -> {
                target.delete(name);
                return null;
            });
        }
    }

    private FolderIndex readIndex(Optional<RemoteFile> file) throws SyncException {
        if (file.isEmpty()) {
            return FolderIndex.EMPTY;
        }
        return IndexCheck.parseOrEmpty(new LeaseFiles(target, pacer).readAll(Manifest.FILE_NAME), LOG);
    }

    /**
     * The provider's hash of a staged file: from the digests its render counted when the provider's hash is
     * one of them (no read), else read once per publish however many checks ask for it.
     */
    private String hashOf(StagedFolder.Entry e) throws SyncException {
        Optional<String> counted = target.contentHashOf(e);
        if (counted.isPresent()) {
            return counted.get();
        }
        Path file = e.path();
        String known = providerHashes.get(file);
        if (known != null) {
            return known;
        }
        try {
            String hash = target.contentHashOf(file);
            providerHashes.put(file, hash);
            return hash;
        } catch (IOException x) {
            throw new SyncException(ProblemKind.BAD_REQUEST, "cannot read staged file " + file + ": " + x.getMessage(),
                    Map.of("file", file.toString()), null, x);
        }
    }
}
