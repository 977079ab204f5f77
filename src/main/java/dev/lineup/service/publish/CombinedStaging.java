package dev.lineup.service.publish;

import dev.lineup.model.PublishedFile;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.Manifest;
import dev.lineup.output.RenderedFrom;
import dev.lineup.store.LineupStore;
import dev.lineup.sync.StagedFolder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The staging area of one target: {@code DATA/staging/TARGET/LAYOUT/} per layout, and the folder
 * actually published, {@code .combined/}, holding every staged layout's files under one manifest.
 * One remote folder has one manifest, so publishing layout B must not drop layout A's files that an
 * earlier publish put there: the combined folder carries every layout staged for this target that
 * still exists.
 */
public final class CombinedStaging {
    /** The folder actually published; rebuilt by every publish and removed after it. */
    public static final String COMBINED = ".combined";
    private final Path root;

    CombinedStaging(Path dataDir, String targetName) {
        this.root = dataDir.resolve("staging").resolve(LayoutOutput.fileName(targetName));
    }

    Path layoutDir(String layout) {
        return root.resolve(LayoutOutput.fileName(layout));
    }

    /**
     * Builds {@code .combined/} from the staged layouts named in {@code existing} and returns it. Two
     * layouts writing the same file name cannot share a folder: that is refused naming both.
     */
    StagedFolder combine(Collection<String> existing, Manifest.Instance instance) throws IOException {
        Map<String, Manifest> staged = new LinkedHashMap<>();
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, p -> !p.getFileName().toString()
                    .startsWith("."))) {
                List<Path> sorted = new ArrayList<>();
                dirs.forEach(sorted::add);
                sorted.sort(Comparator.naturalOrder());
                for (Path d : sorted) {
                    Manifest.readFrom(d).filter(m -> existing.contains(m.layout()))
                            .ifPresent(m -> staged.put(d.toString(), m));
                }
            }
        }
        Path out = root.resolve(COMBINED);
        deleteTree(out);
        Files.createDirectories(out);
        Map<String, String> owner = new LinkedHashMap<>();
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (Map.Entry<String, Manifest> e : staged.entrySet()) {
            for (Manifest.FileEntry f : e.getValue().files()) {
                String previous = owner.putIfAbsent(f.name(), e.getValue().layout());
                if (previous != null) {
                    throw new FileAlreadyExistsException(out.resolve(f.name()).toString(), null,
                            "layouts \"" + previous + "\" and \"" + e.getValue().layout()
                                    + "\" both write this file; rename one of them or publish to separate targets");
                }
                link(Path.of(e.getKey()).resolve(f.name()), out.resolve(f.name()));
                files.add(f);
            }
        }
        String layouts = String.join(", ", staged.values().stream().map(Manifest::layout).toList());
        // The record travels to the publisher as it is: the render-time hashes are not read back from disk.
        return StagedFolder.rendered(out, new Manifest(Manifest.SCHEMA, layouts, 0, Instant.now().toString(),
                instance, files));
    }

    /**
     * Stages a layout already rendered into {@code renderedDir} (a scheduled run's output folder) without
     * rendering or copying it again: its files and manifest are linked into the layout's staging folder,
     * replacing what an earlier publish staged there.
     */
    void adopt(String layout, Path renderedDir) throws IOException {
        Manifest m = Manifest.readFrom(renderedDir).orElseThrow(() -> new java.nio.file.NoSuchFileException(
                renderedDir.resolve(Manifest.FILE_NAME).toString(), null, "no rendered output to publish"));
        Path dir = layoutDir(layout);
        deleteTree(dir);
        Files.createDirectories(dir);
        for (Manifest.FileEntry f : m.files()) {
            link(renderedDir.resolve(f.name()), dir.resolve(f.name()));
        }
        link(renderedDir.resolve(Manifest.FILE_NAME), dir.resolve(Manifest.FILE_NAME));
        if (Files.exists(renderedDir.resolve(RenderedFrom.FILE_NAME))) {
            link(renderedDir.resolve(RenderedFrom.FILE_NAME), dir.resolve(RenderedFrom.FILE_NAME));
        }
    }

    /**
     * Whether {@code layout}'s staging already holds what rendering it now would write, so it need not be
     * rendered: its last staging is still current, or its output folder is (then that output is adopted).
     */
    boolean current(LineupStore store, String layout, List<PublishedFile> plannedLinks) throws IOException {
        if (LayoutOutput.current(store, layout, layoutDir(layout), plannedLinks).isPresent()) {
            return true;
        }
        Path output = LayoutOutput.defaultDir(store, layout);
        if (LayoutOutput.current(store, layout, output, plannedLinks).isPresent()) {
            adopt(layout, output);
            return true;
        }
        return false;
    }

    /** Removes the combined folder once its publish ended (its files are links to, or copies of, staged ones). */
    void clean() {
        try {
            deleteTree(root.resolve(COMBINED));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(CombinedStaging.class).warn("could not remove {}: {}",
                    root.resolve(COMBINED), e.getMessage());
        }
    }

    /** A hard link costs nothing for a big guide; a copy where the file system has none. */
    private static void link(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
