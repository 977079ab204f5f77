package dev.lineup.sync.local;

import dev.lineup.files.TempFiles;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plain folder as a publish target: the default, and the way to publish through a Dropbox or Drive
 * desktop client's synced folder. Every write goes to a temp file in the same folder, is fsynced and
 * then atomically moved over the name, so a reader (or the sync client) never sees a partial file.
 * Compare-and-swap operations run under {@link FolderLock}, which also excludes other processes.
 *
 * <p>Revision = modification time + size + a content-hash prefix: it changes whenever the content
 * changes, and on every rewrite unless it lands in the same clock tick with identical bytes (harmless
 * for a compare-and-swap, since the state is then the same).
 */
public final class LocalFolderTarget implements PublishTarget {
    private static final Logger LOG = LoggerFactory.getLogger(LocalFolderTarget.class);
    /** Names starting so are ours (temp files, the folder lock) and never listed. */
    static final String INTERNAL_PREFIX = ".lineup-";
    /** A temp file untouched for this long was left by a run that ended (a live writer keeps writing). */
    private static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(2);

    private final Path folder;
    private final String described;
    private final InstantSource clock;
    private final FolderLock lock;
    private final Sha256Cache hashes = new Sha256Cache();
    private final long blockSize;
    private volatile boolean swept;

    public LocalFolderTarget(Path folder) {
        this(folder, InstantSource.system());
    }

    public LocalFolderTarget(Path folder, InstantSource clock) {
        this(folder, clock, BlockCopy.BLOCK);
    }

    /** {@code blockSize}: bytes copied between two progress reports (tests use small ones). */
    public LocalFolderTarget(Path folder, InstantSource clock, long blockSize) {
        if (blockSize <= 0) {
            throw new IllegalArgumentException("block size must be positive, was " + blockSize);
        }
        this.folder = folder.toAbsolutePath().normalize();
        this.described = "folder " + this.folder;
        this.clock = clock;
        this.lock = new FolderLock(this.folder);
        this.blockSize = blockSize;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String describe() {
        return described;
    }

    @Override
    public String contentHashOf(Path localFile) throws IOException {
        return hashes.of(localFile);
    }

    @Override
    public java.util.Optional<String> contentHashOf(dev.lineup.sync.StagedFolder.Entry staged) {
        return java.util.Optional.of(staged.sha256()); // a local folder's hash is the SHA-256
    }

    @Override
    public List<RemoteFile> list() throws SyncException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RemoteFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.comparing(Path::toString))::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(INTERNAL_PREFIX) && Files.isRegularFile(p)) {
                    statPath(name).ifPresent(out::add);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw LocalErrors.classify(e instanceof IOException ? (IOException) e
                    : ((UncheckedIOException) e).getCause(), "list", folder.toString());
        }
        return out;
    }

    @Override
    public Optional<RemoteFile> stat(String name) throws SyncException {
        check(name);
        try {
            return statPath(name);
        } catch (IOException e) {
            throw LocalErrors.classify(e, "stat " + name, folder.toString());
        }
    }

    @Override
    public InputStream open(String name) throws SyncException {
        check(name);
        try {
            return Files.newInputStream(folder.resolve(name));
        } catch (NoSuchFileException e) {
            throw new SyncException(ProblemKind.BAD_REQUEST, "no file " + name + " in " + folder,
                    Map.of("file", name), null, e);
        } catch (IOException e) {
            throw LocalErrors.classify(e, "open " + name, folder.toString());
        }
    }

    @Override
    public RemoteFile put(String name, Path content, Progress progress, UploadFence fence) throws SyncException {
        check(name);
        Path temp = writeTemp(name, content, null, progress, fence);
        try {
            fence.beforeCommit(); // the fence: a lost lease commits nothing
        } catch (SyncException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        try (FolderLock.Held held = lock.acquire()) {
            return placed(temp, name);
        } catch (IOException e) {
            throw writeFailed(temp, name, e);
        }
    }

    @Override
    public RemoteFile putIfRevision(String name, byte[] content, String expectedRevision) throws SyncException {
        check(name);
        Path temp = writeTemp(name, null, content);
        try (FolderLock.Held held = lock.acquire()) {
            Optional<RemoteFile> current = statPath(name);
            if (current.isEmpty() || !current.get().revision().equals(expectedRevision)) {
                deleteQuietly(temp);
                throw changed(name, current);
            }
            return placed(temp, name);
        } catch (IOException e) {
            throw writeFailed(temp, name, e);
        }
    }

    @Override
    public Optional<RemoteFile> createIfAbsent(String name, byte[] content) throws SyncException {
        check(name);
        Path temp = writeTemp(name, null, content);
        try (FolderLock.Held held = lock.acquire()) {
            Path dest = folder.resolve(name);
            if (!linkNew(dest, temp)) {
                return Optional.empty();
            }
            fsyncFolder();
            return statPath(name);
        } catch (IOException e) {
            throw LocalErrors.classify(e, "create " + name, folder.toString());
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public boolean deleteIfRevision(String name, String expectedRevision) throws SyncException {
        check(name);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (FolderLock.Held held = lock.acquire()) {
            Optional<RemoteFile> current = statPath(name);
            if (current.isEmpty() || !current.get().revision().equals(expectedRevision)) {
                return false;
            }
            Files.delete(folder.resolve(name));
            fsyncFolder();
            return true;
        } catch (IOException e) {
            throw LocalErrors.classify(e, "delete " + name, folder.toString());
        }
    }

    @Override
    public void delete(String name) throws SyncException {
        check(name);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (FolderLock.Held held = lock.acquire()) {
            Files.deleteIfExists(folder.resolve(name));
            fsyncFolder();
        } catch (IOException e) {
            throw LocalErrors.classify(e, "delete " + name, folder.toString());
        }
    }

    @Override
    public String shareLink(String name) throws SyncException {
        check(name);
        return folder.resolve(name).toUri().toString();
    }

    @Override
    public java.util.Optional<String> shareLinkBeforeWriting(String name) throws SyncException {
        return java.util.Optional.of(shareLink(name));
    }

    @Override
    public java.time.Instant serverTime() {
        return clock.instant();
    }

    /** CREATE_NEW semantics with the content already complete: a hard link fails if the name exists. */
    private boolean linkNew(Path dest, Path temp) throws IOException {
        try {
            Files.createLink(dest, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            // No hard links here (FAT, some network shares): under the folder lock a non-replacing move
            // is just as exclusive among Lineup processes.
            if (Files.exists(dest)) {
                return false;
            }
            try {
                Files.move(temp, dest);
                return true;
            } catch (FileAlreadyExistsException raced) {
                return false;
            }
        }
    }

    private Optional<RemoteFile> statPath(String name) throws IOException {
        Path p = folder.resolve(name);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!a.isRegularFile()) {
            return Optional.empty();
        }
        String hash;
        try {
            hash = hashes.of(p, a);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        long mtime = a.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                + a.lastModifiedTime().toInstant().getNano();
        String revision = Long.toHexString(mtime) + "-" + Long.toHexString(a.size()) + "-" + hash.substring(0, 16);
        return Optional.of(new RemoteFile(name, p.toString(), a.size(), revision, hash,
                a.creationTime().toInstant(), a.lastModifiedTime().toInstant()));
    }

    private Path writeTemp(String name, Path source, byte[] bytes) throws SyncException {
        return writeTemp(name, source, bytes, Progress.NONE, UploadFence.NONE);
    }

    private Path writeTemp(String name, Path source, byte[] bytes, Progress progress, UploadFence fence)
            throws SyncException {
        Path temp = folder.resolve(TempFiles.name("upload"));
        try {
            Files.createDirectories(folder);
            sweepOnce();
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (bytes != null) {
                    ByteBuffer buf = ByteBuffer.wrap(bytes);
                    while (buf.hasRemaining()) {
                        out.write(buf);
                    }
                } else {
                    BlockCopy.copy(source, out, name, progress, fence, blockSize);
                }
                out.force(true);
            }
            return temp;
        } catch (NoSuchFileException e) {
            deleteQuietly(temp);
            if (source != null && !Files.exists(source)) {
                throw new SyncException(ProblemKind.BAD_REQUEST, "local file to upload is missing: " + source,
                        Map.of("file", name), null, e);
            }
            throw LocalErrors.classify(e, "write " + name, folder.toString());
        } catch (IOException e) {
            throw writeFailed(temp, name, e);
        } catch (ReadOnlyFileSystemException e) {
            throw LocalErrors.readOnly(e, "write " + name, folder.toString());
        } catch (SyncException | RuntimeException e) {
            deleteQuietly(temp); // stopped by its fence (cancel, lease lost): the old file stays
            throw e;
        }
    }

    /** Moves a written temp file over {@code name} (under the folder lock) and says what is there now. */
    private RemoteFile placed(Path temp, String name) throws IOException {
        moveIntoPlace(temp, name);
        return statPath(name).orElseThrow(() -> new NoSuchFileException(name));
    }

    /** A failed write: its temp file goes (the old file stays as it was), the error says which file and folder. */
    private SyncException writeFailed(Path temp, String name, IOException e) {
        deleteQuietly(temp);
        return LocalErrors.classify(e, "write " + name, folder.toString());
    }

    /** Removes temp files killed runs left here (their process is gone, or they were not written for a while). */
    private void sweepOnce() {
        if (!swept) {
            swept = true;
            TempFiles.sweep(folder, false, ABANDONED_AFTER, p -> false);
        }
    }

    private void moveIntoPlace(Path temp, String name) throws IOException {
        Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        fsyncFolder();
    }

    /** Makes the rename durable; some platforms cannot open a directory, which only costs durability. */
    private void fsyncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.debug("cannot fsync folder {}: {}", folder, e.toString());
        }
    }

    private SyncException changed(String name, Optional<RemoteFile> current) {
        String line = current.map(f -> name + " was changed at " + f.modified() + " (revision " + f.revision() + ")")
                .orElse(name + " no longer exists");
        return new SyncException(ProblemKind.REMOTE_CHANGED, line,
                Map.of("file", name, "changedAt", current.map(f -> f.modified().toString()).orElse("")), null, null);
    }

    private void check(String name) throws SyncException {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 || name.startsWith(INTERNAL_PREFIX)) {
            throw new SyncException(ProblemKind.BAD_REQUEST, "not a plain file name for " + folder + ": '"
                    + name + "' (no slashes, not starting with " + INTERNAL_PREFIX + ")");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("cannot delete temp file {}: {}", p, e.toString());
        }
    }
}
