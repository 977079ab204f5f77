package dev.lineup.store;

import dev.lineup.files.PrivateFiles;
import dev.lineup.files.TempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up integrity check. A database that cannot be opened or fails {@code PRAGMA quick_check} is
 * moved aside (with its WAL) as {@code lineup.db.corrupt-TIMESTAMP}, never deleted, and the newest
 * backup that passes the same check (read-only, {@link BackupCheck}) is copied in its place. A missing or
 * empty database while backups exist is damage too, not a first start. The user is told which backup,
 * and when it was made. The full check is skipped only for a file that is byte for byte what a clean close
 * left after a recent check ({@link CleanClose}).
 */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final Path file;
    private final Consumer<String> notices;

    Recovery(Path dataDir, Consumer<String> notices) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(Database.FILE_NAME);
        this.notices = notices;
    }

    /**
     * Checks the database before it is opened, replacing a damaged one; returns when its last full check
     * passed. The full check runs unless the file is byte for byte as a clean close left it after a recent one
     * ({@link CleanClose}).
     */
    Instant checkAndRepair() throws IOException {
        Instant now = Instant.now();
        boolean exists = Files.exists(file);
        boolean empty = !exists || Files.size(file) == 0;
        java.util.Optional<Instant> checked = empty ? java.util.Optional.empty() : CleanClose.lastFullCheck(file, now);
        CleanClose.forget(file);
        String problem = !exists ? "it is missing" : empty ? "it is empty (0 bytes)"
                : checked.isPresent() ? null : check(file);
        if (problem == null) {
            return checked.orElse(now);
        }
        List<Path> backups = Backups.list(dataDir.resolve("backups"));
        if (empty && backups.isEmpty()) {
            moveAside(exists ? null : "orphan"); // a first start: a stray WAL must not be applied to a new file
            return now;
        }
        Path aside = moveAside(exists ? "corrupt" : "orphan");
        LOG.error("database {} cannot be used: {}", file, problem);
        String what = "The database " + file + (!exists ? " was missing" : empty ? " was empty (0 bytes)"
                : " was damaged (" + problem + ")")
                + (exists ? ". It was moved to " + aside + " and " : ", so ");
        for (Path backup : backups) {
            BackupCheck.Result check = BackupCheck.verify(backup);
            if (check.usable()) {
                install(backup);
                BackupGuides.restore(backup, dataDir);
                notices.accept(what + "the newest good backup was restored: " + backup.getFileName() + " (made "
                        + Files.getLastModifiedTime(backup).toInstant() + "). Changes made after that backup are lost.");
                return now; // verified with the same full check
            }
            LOG.warn("backup {} cannot be restored ({}), trying an older one", backup, check.problem());
        }
        notices.accept(what + "no good backup was found; Lineup starts with an empty database.");
        return now;
    }

    /** See {@link Database#replaceUnopenable}. */
    Path replaceWith(Path backup) throws IOException {
        Path copy = BackupCheck.checkedCopy(backup, dataDir);
        try {
            Path aside = moveAside("newer");
            install(copy);
            BackupGuides.restore(backup, dataDir);
            return aside;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Moves the database (when {@code label} is not null) and its WAL and shared-memory files
     * aside as {@code lineup.db.LABEL-TIMESTAMP}; returns that name. Never deletes anything.
     */
    private Path moveAside(String label) throws IOException {
        Path aside = dataDir.resolve(Database.FILE_NAME + "." + (label == null ? "orphan" : label) + "-"
                + STAMP.format(Instant.now()));
        if (label != null && Files.exists(file)) {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } else if (label == null) {
            Files.deleteIfExists(file); // 0 bytes: nothing to keep
        }
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Path side = dataDir.resolve(Database.FILE_NAME + suffix);
            if (Files.exists(side)) {
                Files.move(side, dataDir.resolve(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return aside;
    }

    /** Copies a backup into place through a temporary, so a kill during the copy leaves no half database. */
    private void install(Path backup) throws IOException {
        Path tmp = dataDir.resolve(TempFiles.name(Database.FILE_NAME));
        try {
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(tmp);
            Backups.sync(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Backups.sync(dataDir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Null when the file opens and passes quick_check, else what is wrong. */
    static String check(Path db) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            return "ok".equalsIgnoreCase(first) ? null : first;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
