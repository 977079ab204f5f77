package dev.lineup.output;

import dev.lineup.files.IoThreadGuard;
import dev.lineup.files.TempFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of output files written side by side as hidden temporary files ({@link TempFiles}) and only renamed into place
 * once every one of them was written and flushed to disk. A failure before {@link #commit} deletes the
 * temporaries and leaves the previous output exactly as it was; readers only ever see whole files.
 */
public final class StagedOutput implements AutoCloseable {
    /** Temporaries of a process still alive are only taken for abandoned after this (longer than any render). */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(24);
    private final Path dir;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final Map<String, HashingOutputStream> written = new LinkedHashMap<>();
    private final boolean blockHashes;
    private boolean committed;

    /** Staged files whose SHA-256 and block hash ({@link #blockSha256}) are counted as they are written. */
    public StagedOutput(Path dir) throws IOException {
        this(dir, true);
    }

    /** As above; without {@code blockHashes}, {@link #blockSha256} is null (a folder no publish compares). */
    public StagedOutput(Path dir, boolean blockHashes) throws IOException {
        IoThreadGuard.check("output rendering");
        this.blockHashes = blockHashes;
        this.dir = Files.createDirectories(dir);
        // Temporaries of a killed earlier run in this folder (their process is gone) go first.
        TempFiles.sweep(this.dir, false, ABANDONED_AFTER, p -> false);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Opens a temporary file that becomes {@code name} on commit. Its size and SHA-256 are counted as it is
     * written ({@link #size}, {@link #sha256}), so the manifest never needs to read the file back.
     */
    public OutputStream create(String name) throws IOException {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("output name must be a plain file name: " + name);
        }
        Path tmp = dir.resolve(TempFiles.name(name));
        staged.put(name, tmp);
        HashingOutputStream out = new HashingOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), blockHashes);
        written.put(name, out);
        return out;
    }

    /** Bytes written to the staged file {@code name}; it must be closed. */
    public long size(String name) {
        return closed(name).size();
    }

    /** Hex SHA-256 of the staged file {@code name}, counted while it was written; it must be closed. */
    public String sha256(String name) {
        return closed(name).sha256();
    }

    /** The staged file's block hash ({@link HashingOutputStream}), counted while it was written; null if not asked for. */
    public String blockSha256(String name) {
        return closed(name).blockSha256();
    }

    private HashingOutputStream closed(String name) {
        HashingOutputStream out = written.get(name);
        if (out == null) {
            throw new IllegalArgumentException("not staged: " + name);
        }
        return out;
    }

    public List<String> names() {
        return List.copyOf(staged.keySet());
    }

    /**
     * Makes every staged file durable, then renames them into place in the order they were created.
     * Callers create the manifest last so it is also the last to appear.
     */
    public void commit() throws IOException {
        for (Path tmp : staged.values()) {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
        for (Map.Entry<String, Path> e : staged.entrySet()) {
            move(e.getValue(), dir.resolve(e.getKey()));
        }
        committed = true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes whatever was staged but not committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        List<IOException> ignored = new ArrayList<>();
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                ignored.add(e);
            }
        }
    }
}
