package dev.lineup.service.workspace;

import dev.lineup.files.PrivateFiles;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One process owns a data directory at a time: an OS file lock on {@code DATA/lineup.lock}, released
 * by the OS when the process dies (so a crash never leaves a stale lock). The file holds the owner's
 * pid and start time for the message a second process shows. The lock covers a byte range far past
 * that text, so the text stays readable on systems with mandatory locks (Windows).
 */
public final class InstanceLock implements Closeable {
    public static final String FILE_NAME = "lineup.lock";
    private static final long LOCK_POSITION = 1L << 30;

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes ownership of {@code dataDir}, waiting up to {@code wait} for another owner to finish;
     * then {@link AlreadyRunningException} "Lineup is already running (pid N, since T)".
     */
    public static InstanceLock acquire(Path dataDir, Duration wait) throws IOException {
        dev.lineup.store.Database.createPrivate(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel ch = PrivateFiles.openLockFile(file); // 0600, and never through a planted symbolic link
        Instant deadline = Instant.now().plus(wait);
        try {
            while (true) {
                FileLock l = tryLock(ch);
                if (l != null) {
                    ProcessHandle me = ProcessHandle.current();
                    String since = me.info().startInstant().orElse(Instant.now()).toString();
                    byte[] text = ("pid=" + me.pid() + "\nsince=" + since + "\n").getBytes(StandardCharsets.UTF_8);
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap(text), 0);
                    ch.force(false);
                    return new InstanceLock(ch, l);
                }
                if (!Instant.now().isBefore(deadline)) {
                    throw new AlreadyRunningException(describeOwner(file));
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ch.close();
            throw new AlreadyRunningException(describeOwner(file));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    static String describeOwner(Path file) {
        String pid = "?";
        String since = "?";
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    pid = line.substring(4).trim();
                } else if (line.startsWith("since=")) {
                    since = line.substring(6).trim();
                }
            }
        } catch (IOException e) {
            // The message below still says what matters: someone else owns the directory.
        }
        return "Lineup is already running (pid " + pid + ", since " + since + ")";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
