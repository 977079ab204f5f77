package dev.lineup.store;

import dev.lineup.files.PrivateFiles;
import dev.lineup.files.TempFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Whether the database file is exactly as this application left it when it last closed it cleanly, so the
 * full integrity check at open ({@code PRAGMA quick_check}: every page parsed, seconds on a database of a few
 * hundred MB) can wait. A clean close writes {@code lineup.db.clean}: when the last full check passed, and a
 * CRC-32C of every byte of the file (a read at memory speed, no parsing). Opening takes the stamp away first,
 * so a process that dies leaves none. The full check still runs after an unclean shutdown (no stamp, or a
 * write-ahead log left behind), when any byte of the file differs from the stamp (damage on disk, another
 * program, a restore or a copied-in file), and at least every {@link #FULL_CHECK_EVERY} in any case.
 */
final class CleanClose {
    static final String FILE_NAME = Database.FILE_NAME + ".clean";
    static final Duration FULL_CHECK_EVERY = Duration.ofDays(7);

    private CleanClose() {
    }

    /**
     * When the last full check of {@code db} passed, if the file is byte for byte what a clean close left and
     * that check is recent; empty: check it now. The stamp is removed either way (a crash from here on must
     * not find it).
     */
    static Optional<Instant> lastFullCheck(Path db, Instant now) {
        Path stamp = db.resolveSibling(FILE_NAME);
        try {
            if (!Files.isRegularFile(stamp)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(stamp, StandardCharsets.US_ASCII).strip().split(" ");
            Files.delete(stamp);
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            if (parts.length != 3 || Files.exists(wal) && Files.size(wal) > 0) {
                return Optional.empty(); // a log not checkpointed into the file: it was not closed cleanly
            }
            Instant checked = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            boolean recent = !checked.isAfter(now) && checked.plus(FULL_CHECK_EVERY).isAfter(now);
            if (recent && Long.parseLong(parts[1]) == Files.size(db) && parts[2].equals(crc(db))) {
                return Optional.of(checked);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) { // unreadable or odd stamp: check
            return Optional.empty();
        }
    }

    /** Records a clean close of {@code db} (closed, its log checkpointed) whose last full check passed at {@code checked}. */
    static void write(Path db, Instant checked) throws IOException {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        if (!Files.isRegularFile(db) || Files.exists(wal) && Files.size(wal) > 0) {
            return;
        }
        String line = checked.toEpochMilli() + " " + Files.size(db) + " " + crc(db) + "\n";
        Path tmp = db.resolveSibling(TempFiles.name(FILE_NAME));
        PrivateFiles.createFile(tmp); // 0600 like everything in the data directory
        Files.writeString(tmp, line, StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, db.resolveSibling(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, db.resolveSibling(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the stamp: the next open runs the full check. */
    static void forget(Path db) {
        try {
            Files.deleteIfExists(db.resolveSibling(FILE_NAME));
        } catch (IOException e) {
            // An undeletable stamp of a file that then changes fails its CRC anyway.
        }
    }

    private static String crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) >= 0) {
                buf.flip();
                crc.update(buf);
                buf.clear();
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
