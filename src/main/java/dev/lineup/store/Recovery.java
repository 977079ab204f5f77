package dev.lineup.store;

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
 * backup that passes the same check is copied in its place. The user is told which, and when it was made.
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

    void checkAndRepair() throws IOException {
        String problem = check(file);
        if (problem == null) {
            return;
        }
        Path aside = dataDir.resolve(Database.FILE_NAME + ".corrupt-" + STAMP.format(Instant.now()));
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = dataDir.resolve(Database.FILE_NAME + suffix);
            if (Files.exists(side)) {
                Files.move(side, dataDir.resolve(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        LOG.error("database {} failed its integrity check: {}", file, problem);
        for (Path backup : Backups.list(dataDir.resolve("backups"))) {
            if (check(backup) == null) {
                Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
                notices.accept("The database " + file + " was damaged (" + problem + "). It was moved to " + aside
                        + " and the newest good backup was restored: " + backup.getFileName() + " (made "
                        + Files.getLastModifiedTime(backup).toInstant() + "). Changes made after that backup are lost.");
                return;
            }
            LOG.warn("backup {} is damaged too, trying an older one", backup);
        }
        notices.accept("The database " + file + " was damaged (" + problem + ") and no good backup was found. It was"
                + " moved to " + aside + "; Lineup starts with an empty database.");
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
