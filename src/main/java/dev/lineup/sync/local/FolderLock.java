package dev.lineup.sync.local;

import dev.lineup.files.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion for compare-and-swap on one folder, across threads and processes. An OS file lock
 * ({@link FileChannel#lock()}) covers other processes; it is per JVM, so threads of one JVM first queue
 * on a {@link ReentrantLock} (a second {@code lock()} in the same JVM would throw).
 */
final class FolderLock {
    static final String LOCK_FILE_NAME = ".lineup-folder.lock";

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock threadLock;

    FolderLock(Path folder) {
        this.lockFile = folder.resolve(LOCK_FILE_NAME);
        this.threadLock = IN_JVM.computeIfAbsent(folder.toAbsolutePath().normalize(), p -> new ReentrantLock());
    }

    /** A held lock; close releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    Held acquire() throws IOException {
        threadLock.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            // Never through a symbolic link: a link planted here must not make us create a file elsewhere.
            channel = PrivateFiles.openLockFile(lockFile);
            FileLock lock = channel.lock();
            FileChannel ch = channel;
            return () -> {
                try {
                    lock.release();
                    ch.close();
                } finally {
                    threadLock.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threadLock.unlock();
            throw e;
        }
    }
}
