package dev.lineup.sync;

import dev.lineup.output.Manifest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the folder index allows a publish to do, decided before it writes anything: a layout the index
 * lists under another installation is {@code LayoutOwnedElsewhere}; a file listed by another
 * installation's entry is never written; one of our own files whose remote hash is no longer what our
 * last publish recorded was edited by someone else, which is {@code RemoteChanged} unless the user chose
 * to overwrite or to keep theirs (then the file is skipped and the index says so).
 */
final class IndexCheck {
    private final FolderIndex index;
    private final LeaseOwner me;
    private final Map<String, RemoteFile> remote;
    /** Files whose remote edit is kept: never uploaded in this publish. */
    private final Set<String> keptTheirs = new HashSet<>();

    /** Ours, carrying the writes declared by any unfinished or stale lease it took over. */
    private final LeaseInfo lease;

    private IndexCheck(FolderIndex index, LeaseOwner me, Map<String, RemoteFile> remote, LeaseInfo lease) {
        this.index = index;
        this.me = me;
        this.remote = remote;
        this.lease = lease;
    }

    /**
     * Checks {@code staged} against {@code index}; throws the problem that stops this publish, or returns
     * the check for {@link #keptTheirs(String)} and {@link #entries}. {@code localHash} hashes a staged file
     * in the target's algorithm.
     */
    static IndexCheck run(FolderIndex index, LeaseOwner me, Map<String, RemoteFile> remote, StagedFolder staged,
                          Publisher.Options options, HashOf localHash, Restat restat, Instant now, String target,
                          LeaseInfo lease) throws SyncException {
        IndexCheck check = new IndexCheck(index, me, remote, lease);
        if (!index.intact() && !options.overwriteRemoteChanges()) {
            throw check.indexEdited(restat, now, target);
        }
        Map<String, StagedFolder.StagedLayout> mine = staged.layouts();
        for (Map.Entry<String, StagedFolder.StagedLayout> l : mine.entrySet()) {
            FolderIndex.LayoutEntry there = index.layouts().get(l.getKey());
            if (there != null && !check.ours(there) && !options.takeOverLayouts()) {
                throw SyncProblem.layoutOwnedElsewhere(l.getValue().name(), there, now, target).toException(null);
            }
        }
        Map<String, String> othersFiles = new HashMap<>();
        index.layouts().forEach((k, e) -> {
            if (!mine.containsKey(k) && !check.ours(e)) {
                e.files().forEach(f -> othersFiles.put(f.name(), k));
            }
        });
        for (StagedFolder.StagedLayout l : mine.values()) {
            for (StagedFolder.Entry f : l.files()) {
                String owner = othersFiles.get(f.name());
                if (owner != null) {
                    throw SyncProblem.layoutOwnedElsewhere(l.name(), index.layouts().get(owner), now, target)
                            .toException(null);
                }
            }
        }
        check.findRemoteChanges(mine, options, localHash, restat, now, target);
        return check;
    }

    @FunctionalInterface
    interface HashOf {
        String hash(StagedFolder.Entry e) throws SyncException;
    }

    /** A fresh look at one file (a target's stat may say more than its listing, e.g. who changed it). */
    @FunctionalInterface
    interface Restat {
        Optional<RemoteFile> stat(String name) throws SyncException;
    }

    /** The index itself was changed outside Lineup (its checksum no longer matches). */
    private SyncException indexEdited(Restat restat, Instant now, String target) throws SyncException {
        Optional<RemoteFile> f = restat.stat(Manifest.FILE_NAME);
        String who = f.map(RemoteFile::modifiedBy).filter(b -> !b.isBlank()).orElse("changed outside Lineup");
        SyncProblem p = SyncProblem.remoteChanged(Manifest.FILE_NAME, f, who, now, target);
        Map<String, String> facts = new LinkedHashMap<>(p.facts());
        facts.putIfAbsent("changedBy", who);
        return new SyncProblem(p.kind(), p.summary(), p.factsLine() + "; the folder index no longer matches what"
                + " Lineup wrote; nothing was published", facts, p.actions(), p.at(), p.target()).toException(null);
    }

    private boolean ours(FolderIndex.LayoutEntry e) {
        return e.owner().instanceId().equals(me.instanceId());
    }

    private void findRemoteChanges(Map<String, StagedFolder.StagedLayout> mine, Publisher.Options options,
                                   HashOf localHash, Restat restat, Instant now, String target) throws SyncException {
        List<String> changed = new ArrayList<>();
        RemoteFile first = null;
        for (Map.Entry<String, StagedFolder.StagedLayout> l : mine.entrySet()) {
            FolderIndex.LayoutEntry old = index.layouts().get(l.getKey());
            if (old == null || !ours(old)) {
                continue; // nothing recorded by us to compare with (new layout, or one taken over)
            }
            for (StagedFolder.Entry f : l.getValue().files()) {
                Optional<FolderIndex.FileRecord> rec = old.file(f.name());
                RemoteFile r = remote.get(f.name());
                if (rec.isEmpty() || r == null) {
                    continue;
                }
                // A file kept as they left it stays theirs on later publishes too (until --overwrite), also
                // when it has not changed again since: otherwise the next publish would replace it.
                if (rec.get().keptTheirs() && !options.overwriteRemoteChanges()
                        || options.keepTheirs().contains(f.name())) {
                    keptTheirs.add(f.name());
                } else if (unchangedSince(rec.get(), r) || lease.declaredWrite(f.name(), r.contentHash())) {
                    continue; // ours as recorded, or what an interrupted Lineup publish declared it would write
                } else if (!options.overwriteRemoteChanges() && !localHash.hash(f).equals(r.contentHash())) {
                    changed.add(f.name());
                    first = first == null ? r : first;
                }
            }
        }
        if (first != null) {
            first = restat.stat(first.name()).orElse(first);
            String who = first.modifiedBy() != null && !first.modifiedBy().isBlank() ? first.modifiedBy()
                    : "changed outside Lineup";
            SyncProblem p = SyncProblem.remoteChanged(first.name(), Optional.of(first), who, now, target);
            Map<String, String> facts = new LinkedHashMap<>(p.facts());
            facts.put("files", String.join(", ", changed));
            facts.putIfAbsent("changedBy", who);
            String line = p.factsLine() + (changed.size() > 1 ? " (also changed: "
                    + String.join(", ", changed.subList(1, changed.size())) + ")" : "")
                    + "; nothing was published";
            throw new SyncProblem(p.kind(), p.summary(), line, facts, p.actions(), p.at(), p.target())
                    .toException(null);
        }
    }

    /** Whether the remote file is still what our last publish recorded (by hash, else by revision). */
    private static boolean unchangedSince(FolderIndex.FileRecord rec, RemoteFile r) {
        if (rec.remoteHash() != null && r.contentHash() != null) {
            return rec.remoteHash().equals(r.contentHash());
        }
        return rec.revision() == null || rec.revision().equals(r.revision());
    }

    boolean keptTheirs(String name) {
        return keptTheirs.contains(name);
    }

    /**
     * The index entries this publish writes: one per staged layout, owned by this installation, with each
     * file's remote hash, revision and id as the publish left them. Our other entries drop any file a new
     * entry now lists (a file belongs to one layout).
     */
    Map<String, FolderIndex.LayoutEntry> entries(StagedFolder staged, Map<String, RemoteFile> after, long generation,
                                                 Instant now) {
        Map<String, FolderIndex.LayoutEntry> out = new LinkedHashMap<>();
        FolderIndex.Owner owner = new FolderIndex.Owner(me.instanceId(), me.instanceName(), me.host());
        Set<String> claimed = new HashSet<>();
        staged.layouts().forEach((key, l) -> {
            List<FolderIndex.FileRecord> files = new ArrayList<>();
            for (StagedFolder.Entry f : l.files()) {
                RemoteFile r = after.get(f.name());
                files.add(new FolderIndex.FileRecord(f.name(), f.size(), f.sha256(), r == null ? null : r.contentHash(),
                        r == null ? null : r.revision(), r == null ? null : r.id(), keptTheirs.contains(f.name())));
                claimed.add(f.name());
            }
            out.put(key, new FolderIndex.LayoutEntry(l.name(), owner, generation, now, files));
        });
        index.layouts().forEach((key, e) -> {
            if (!out.containsKey(key) && ours(e) && e.files().stream().anyMatch(f -> claimed.contains(f.name()))) {
                out.put(key, new FolderIndex.LayoutEntry(e.name(), e.owner(), e.generation(), e.publishedAt(),
                        e.files().stream().filter(f -> !claimed.contains(f.name())).toList()));
            }
        });
        return out;
    }

    /**
     * Files our previous entries for the staged layouts listed that the new ones do not (e.g. gzip
     * turned off): deleted after the index is written, unless any entry of the new index lists them.
     */
    List<String> obsolete(StagedFolder staged, FolderIndex written) {
        Set<String> stillListed = written.listedFiles();
        List<String> out = new ArrayList<>();
        for (String key : staged.layouts().keySet()) {
            FolderIndex.LayoutEntry old = index.layouts().get(key);
            if (old != null && ours(old)) {
                old.files().stream().map(FolderIndex.FileRecord::name)
                        .filter(n -> !stillListed.contains(n) && !StagedFolder.RESERVED.contains(n) && !n.contains("/"))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** Reads the index; an unreadable one is replaced (with a warning), as the manifest always was. */
    static FolderIndex parseOrEmpty(byte[] bytes, org.slf4j.Logger log) {
        try {
            return FolderIndex.parse(bytes);
        } catch (IOException e) {
            log.warn("the published {} is not a Lineup index ({})", Manifest.FILE_NAME, e.getMessage());
            return new FolderIndex(0, null, Map.of(), false); // replaced only when the user chooses to overwrite
        }
    }

    /**
     * Whether our own index entry already lists this file with the render-time sha256 it has now and the
     * remote hash the provider reports now: then it is unchanged without reading the local file again.
     */
    static boolean indexSaysUnchanged(FolderIndex index, StagedFolder.Entry e, RemoteFile r, LeaseOwner owner) {
        if (r.contentHash() == null) {
            return false;
        }
        for (FolderIndex.LayoutEntry l : index.layouts().values()) {
            Optional<FolderIndex.FileRecord> rec = l.file(e.name());
            // A file kept as someone else left it holds their bytes, not the sha256 recorded beside it.
            if (rec.isPresent() && !rec.get().keptTheirs() && l.owner().instanceId().equals(owner.instanceId())
                    && e.sha256().equals(rec.get().sha256()) && r.contentHash().equals(rec.get().remoteHash())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the index already says exactly this about our layouts (then it is not rewritten). */
    static boolean sameFiles(FolderIndex index, Map<String, FolderIndex.LayoutEntry> mine) {
        for (Map.Entry<String, FolderIndex.LayoutEntry> e : mine.entrySet()) {
            FolderIndex.LayoutEntry old = index.layouts().get(e.getKey());
            if (old == null || !old.owner().instanceId().equals(e.getValue().owner().instanceId())
                    || !old.name().equals(e.getValue().name()) || old.files().size() != e.getValue().files().size()) {
                return false;
            }
            for (FolderIndex.FileRecord f : e.getValue().files()) {
                Optional<FolderIndex.FileRecord> o = old.file(f.name());
                if (o.isEmpty() || !java.util.Objects.equals(o.get().sha256(), f.sha256())
                        || !java.util.Objects.equals(o.get().remoteHash(), f.remoteHash())
                        || !java.util.Objects.equals(o.get().id(), f.id())
                        || o.get().keptTheirs() != f.keptTheirs()) {
                    return false;
                }
            }
        }
        return true;
    }
}
