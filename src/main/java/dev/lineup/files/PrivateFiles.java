package dev.lineup.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner may read. The database holds Xtream passwords and OAuth tokens,
 * so what Lineup keeps in its data directory is 0600 and its folders 0700 — set explicitly, since a
 * umask of 022 or a folder the user made with mode 755 would otherwise let every local user read it.
 * On file systems without POSIX permissions (Windows) these are no-ops.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Creates {@code dir} if needed and makes it 0700 whatever mode it had; parents it has to create are
     * made 0700 too (parents that exist are the user's and left alone).
     */
    public static Path directory(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (!Files.isDirectory(abs) && abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            directory(abs.getParent());
        }
        Files.createDirectories(abs);
        if (posix(abs) && !Files.getPosixFilePermissions(abs).equals(DIR)) {
            Files.setPosixFilePermissions(abs, DIR);
        }
        return dir;
    }

    /** Makes an existing file 0600 (a file missing is left alone). */
    public static void restrict(Path file) throws IOException {
        if (posix(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Creates an empty 0600 file unless one exists (never through a symbolic link). */
    public static void createFile(Path file) throws IOException {
        openLockFile(file).close();
    }

    /**
     * Opens (creating 0600) a lock file for reading and writing, refusing a symbolic link in its place:
     * a link planted there must not make Lineup create or truncate a file somewhere else.
     */
    public static FileChannel openLockFile(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw refusedLink(file);
        }
        try {
            FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), attributes(file));
            restrict(file);
            return ch;
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file)) { // planted between the check and the open: O_NOFOLLOW refused it
                throw refusedLink(file);
            }
            throw e;
        }
    }

    private static IOException refusedLink(Path file) {
        return new LinkRefusedException(file.toString());
    }

    private static java.nio.file.attribute.FileAttribute<?>[] attributes(Path file) {
        return posix(file.toAbsolutePath().getParent())
                ? new java.nio.file.attribute.FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
