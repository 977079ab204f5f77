package dev.lineup.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the database into {@code DATA/backups} (SQLite's backup API through sqlite-jdbc's
 * {@code backup to} statement, so a consistent copy is taken while the database is open). Made before
 * every refresh and every migration, and on demand; the newest {@code backup.keep} are kept.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Database db;
    private final Path dir;

    Backups(Database db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    /** Makes a backup now ({@code reason} goes into the file name), prunes old ones, returns its path. */
    public Path create(String reason) {
        try {
            Database.createPrivate(dir);
            Path target = dir.resolve("lineup-" + STAMP.format(Instant.now()) + "-" + reason.replaceAll("[^A-Za-z0-9.-]", "_")
                    + ".db");
            db.execute("backup to " + quote(target));
            prune(new Settings(db).getInt(Settings.BACKUP_KEEP));
            return target;
        } catch (IOException | SQLException e) {
            throw new StoreException("backup to " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the open database's content with {@code file} (a backup or a copy of one), after checking
     * it and backing the current state up. Migrates it if it comes from an older schema.
     */
    public void restore(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such backup file");
        }
        String problem = Recovery.check(file);
        if (problem != null) {
            throw new StoreException(file + ": not a usable Lineup backup (" + problem + ")");
        }
        Path safety = create("before-restore");
        LOG.info("backed up the current database to {} before restoring {}", safety, file);
        try {
            db.execute("restore from " + quote(file.toAbsolutePath()));
            db.remigrate();
        } catch (SQLException e) {
            throw new StoreException("restore from " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Backups, newest first. */
    public List<Path> list() {
        return list(dir);
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("lineup-") && p.toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new StoreException("cannot list backups in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void prune(int keep) throws IOException {
        List<Path> all = list();
        for (int i = Math.max(keep, 1); i < all.size(); i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    private static String quote(Path p) {
        String s = p.toAbsolutePath().toString();
        if (s.contains("\"")) {
            throw new StoreException("backup path may not contain a double quote: " + s);
        }
        return "\"" + s + "\"";
    }
}
