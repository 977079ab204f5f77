package dev.lineup.sync;

import dev.lineup.output.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a target folder holds as the folder index sees it: the index itself and the files no entry lists
 * (hand-placed, another tool's, or left by an unfinished first publish). Lineup never deletes those; it
 * only says they are there ({@code lineup lock status}, the Publish screen).
 */
public record FolderContents(FolderIndex index, List<String> unlisted) {
    private static final Logger LOG = LoggerFactory.getLogger(FolderContents.class);
    private static final Set<String> COORDINATION = Set.of(LeaseFiles.LOCK_FILE, LeaseFiles.GENERATION_FILE,
            Manifest.FILE_NAME);

    public FolderContents {
        unlisted = List.copyOf(unlisted);
    }

    /** Lists the folder and reads its index (read only; no lease needed). */
    public static FolderContents read(PublishTarget target, RetryPacer pacer) throws SyncException {
        List<RemoteFile> files = pacer.call("list", target::list);
        FolderIndex index = FolderIndex.EMPTY;
        if (files.stream().anyMatch(f -> f.name().equals(Manifest.FILE_NAME))) {
            index = IndexCheck.parseOrEmpty(new LeaseFiles(target, pacer).readAll(Manifest.FILE_NAME), LOG);
        }
        Set<String> listed = index.listedFiles();
        List<String> unlisted = new ArrayList<>();
        for (RemoteFile f : files) {
            if (!listed.contains(f.name()) && !COORDINATION.contains(f.name()) && !f.name().startsWith(".")) {
                unlisted.add(f.name());
            }
        }
        return new FolderContents(index, unlisted);
    }

    /** One line per layout for people: {@code family: "Living-room PC" (host h), generation 43, 2026-…}. */
    public List<String> layoutLines() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, FolderIndex.LayoutEntry> e : index.layouts().entrySet()) {
            FolderIndex.LayoutEntry l = e.getValue();
            // Whole seconds, as the lock's own times: the index keeps nanoseconds nobody reads.
            out.add(String.format("%s (\"%s\"): owned by \"%s\" (host %s), generation %d, published %s, %d %s",
                    e.getKey(), l.name(), l.owner().instanceName(), l.owner().host() == null ? "unknown" : l.owner().host(),
                    l.generation(), l.publishedAt() == null ? "unknown"
                            : l.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    l.files().size(), l.files().size() == 1 ? "file" : "files"));
        }
        return out;
    }
}
