package dev.lineup.store;

import dev.lineup.files.PrivateFiles;
import dev.lineup.files.TempFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * every refresh and every migration, and on demand; the newest {@code backup.keep} usable ones are kept.
 * A backup is only ever checked read-only ({@link BackupCheck}).
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** How many of the newest backups keep the guide files they refer to beside them. */
    static final int WITH_GUIDES = 3;

    private final Database db;
    private final Path dir;

    Backups(Database db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Makes a backup now ({@code reason} goes into the file name), prunes old ones, returns its path. The
     * copy is written under a temporary name, synced, checked and only then renamed: a backup under a
     * final name is always whole. The guide files it refers to are kept beside it.
     */
    public Path create(String reason) {
        try {
            PrivateFiles.directory(dir);
            String base = "lineup-" + STAMP.format(Instant.now()) + "-" + reason.replaceAll("[^A-Za-z0-9.-]", "_");
            Path target = dir.resolve(base + ".db");
            Path tmp = dir.resolve(TempFiles.name(target.getFileName().toString()));
            PrivateFiles.createFile(tmp); // SQLite gives its journal the mode of this file: 0600
            try {
                db.execute("backup to " + quote(tmp));
                sync(tmp);
                BackupCheck.Result check = BackupCheck.inspect(tmp, false, db.knownSchema());
                if (!check.usable()) {
                    throw new StoreException("the backup " + target + " came out unusable (" + check.problem() + ")");
                }
                Path guidesTmp = dir.resolve(TempFiles.name(base + ".guides"));
                if (BackupGuides.snapshot(db, guidesTmp) > 0) {
                    Files.move(guidesTmp, BackupGuides.folderOf(target), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                sync(dir);
            } finally {
                TempFiles.deleteTree(tmp);
                TempFiles.deleteTree(dir.resolve(tmp.getFileName() + "-journal"));
            }
            prune(new Settings(db).getInt(Settings.BACKUP_KEEP));
            return target;
        } catch (IOException | SQLException e) {
            throw new StoreException("backup to " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the open database's content with {@code file} (a backup or a copy of one). Nothing is
     * touched before the file proved to be a whole Lineup database of a schema this version knows; then
     * the current state is backed up, the file restored (migrated if older) with the guide files kept
     * beside it. Returns the backup of the state before.
     */
    public Path restore(Path file) {
        Path copy = null;
        try {
            copy = BackupCheck.checkedCopy(file, PrivateFiles.directory(dir));
            Path safety = create("before-restore");
            LOG.info("backed up the current database to {} before restoring {}", safety, file);
            db.execute("restore from " + quote(copy));
            db.checkAtNextOpen();
            db.remigrate();
            int guides = BackupGuides.restore(file, db.dataDir());
            LOG.info("restored {} ({} guide files)", file, guides);
            return safety;
        } catch (IOException | SQLException e) {
            throw new StoreException("restore from " + file + " failed: " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                try {
                    TempFiles.deleteTree(copy);
                } catch (IOException e) {
                    LOG.warn("could not remove {}: {}", copy, e.getMessage());
                }
            }
        }
    }

    /** Backups, newest first (whole or not: see {@link #usable()}). */
    public List<Path> list() {
        return list(dir);
    }

    /** The backups that are whole Lineup databases this version can restore, newest first. */
    public List<Path> usable() {
        return list().stream().filter(p -> BackupCheck.inspect(p).usable()).toList();
    }

    /** The newest backup in {@code dataDir} this version can restore, without opening the database. */
    public static java.util.Optional<Path> newestUsable(Path dataDir) {
        return list(dataDir.resolve("backups")).stream().filter(p -> BackupCheck.inspect(p).usable()).findFirst();
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

    /**
     * Keeps the newest {@code keep} usable backups. Only those count: a half-written backup an older
     * version left must not push a good one out; those are removed, other files are left alone. Guide
     * files stay beside the newest {@value #WITH_GUIDES} only: every guide refresh makes a new file, and
     * ten versions of a guide of gigabytes would fill the disk (restoring an older backup then asks for
     * a refresh of its guide sources).
     */
    private void prune(int keep) throws IOException {
        int kept = 0;
        for (Path p : list()) {
            BackupCheck.Result r = BackupCheck.inspect(p, false, db.knownSchema());
            if (r.usable() ? ++kept > Math.max(keep, 1) : leftHalfWritten(p)) {
                TempFiles.deleteTree(BackupGuides.folderOf(p));
                Files.deleteIfExists(p);
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + "-journal"));
            } else if (kept > WITH_GUIDES) {
                TempFiles.deleteTree(BackupGuides.folderOf(p));
            }
        }
    }

    private static boolean leftHalfWritten(Path p) throws IOException {
        return Files.size(p) == 0 || Files.exists(p.resolveSibling(p.getFileName() + "-journal"));
    }

    /** Forces a file's bytes, or a folder's entries (POSIX; a no-op where folders cannot be opened), to disk. */
    static void sync(Path p) throws IOException {
        boolean folder = Files.isDirectory(p);
        try (FileChannel ch = FileChannel.open(p, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
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
