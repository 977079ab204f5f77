package dev.lineup.store;

import dev.lineup.files.PrivateFiles;
import dev.lineup.files.IoThreadGuard;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite database of a data directory ({@code DATA/lineup.db}), WAL mode, foreign keys on.
 * Opening it checks its integrity (a damaged file is moved aside and the newest good backup
 * restored, see {@link Recovery}), backs it up before a migration and migrates it to the current
 * schema. One connection, used by one thread at a time: the process owns the data directory
 * exclusively ({@code app.InstanceLock}), so there is no concurrency to win from a pool.
 */
public final class Database implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "lineup.db";
    /** Folders holding copies of the database or of downloads (which may carry credentials). */
    private static final List<String> PRIVATE_FOLDERS = List.of("backups", "guides", "downloads");

    private final Path dataDir;
    private final Path file;
    private final Connection connection;
    private final Backups backups;

    private final List<Migrations.Step> steps;
    /** When the last full integrity check passed; written at a clean close ({@link CleanClose}). */
    private Instant lastFullCheck = Instant.now();
    private boolean checkAtNextOpen;

    private Database(Path dataDir, Connection connection, List<Migrations.Step> steps) {
        this.dataDir = dataDir;
        this.steps = steps;
        this.file = dataDir.resolve(FILE_NAME);
        this.connection = connection;
        this.backups = new Backups(this, dataDir.resolve("backups"));
    }

    /**
     * Opens (creating if needed) the database of {@code dataDir}. {@code notices} receives messages the
     * user must see, e.g. that a damaged database was replaced by a backup.
     */
    public static Database open(Path dataDir, Consumer<String> notices) {
        return open(dataDir, notices, Migrations.STEPS);
    }

    /** Opens with a given list of schema steps (tests of the migration path). */
    static Database open(Path dataDir, Consumer<String> notices, List<Migrations.Step> steps) {
        IoThreadGuard.check("database");
        try {
            createPrivate(dataDir);
            for (String sub : PRIVATE_FOLDERS) { // made here so that whoever writes into them finds them 0700
                createPrivate(dataDir.resolve(sub));
            }
            Path file = dataDir.resolve(FILE_NAME);
            Instant checked = new Recovery(dataDir, notices).checkAndRepair();
            // Created 0600 before SQLite opens it: SQLite gives its WAL and journal the database's mode.
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file);
            }
            for (String name : List.of(FILE_NAME, FILE_NAME + "-wal", FILE_NAME + "-shm")) {
                PrivateFiles.restrict(dataDir.resolve(name));
            }
            Database db = new Database(dataDir, connect(file), steps);
            db.lastFullCheck = checked;
            db.migrate();
            return db;
        } catch (IOException e) {
            throw new StoreException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + dataDir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a directory readable by its owner only (POSIX), since the database holds passwords; an
     * existing one is made so too ({@link PrivateFiles}).
     */
    public static void createPrivate(Path dir) throws IOException {
        PrivateFiles.directory(dir);
    }

    /**
     * Puts {@code backup} in place of a database this version cannot open (one a newer Lineup wrote),
     * after checking it as {@link Backups#restore} does; the database it replaces is kept beside as
     * {@code lineup.db.newer-TIMESTAMP}. Returns that path. Call only while owning the data directory.
     */
    public static Path replaceUnopenable(Path dataDir, Path backup) {
        IoThreadGuard.check("database");
        try {
            return new Recovery(dataDir, m -> { }).replaceWith(backup);
        } catch (IOException e) {
            throw new StoreException("restore from " + backup + " failed: " + e.getMessage(), e);
        }
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is crash-safe in WAL mode (a killed process loses nothing committed).
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.enforceForeignKeys(true);
        // A deleted secret must not linger in free pages of the file.
        cfg.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        cfg.setBusyTimeout(10_000);
        // A refresh of a big source writes the whole table through the WAL; give the disk back afterwards.
        cfg.setJournalSizeLimit(16 * 1024 * 1024);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), cfg.toProperties());
    }

    private void migrate() throws SQLException {
        int version = Migrations.currentVersion(connection);
        if (version > steps.size()) {
            connection.close();
            throw new NewerSchemaException("the database " + file + " was written by a newer Lineup (schema " + version
                    + ", this one knows " + steps.size() + ")");
        }
        if (version < steps.size()) {
            if (version > 0) {
                Path b = backups.create("migration-v" + version);
                LOG.info("backed up {} before migrating schema {} to {}", b, version, steps.size());
            }
            Migrations.apply(connection, version, steps);
        }
        StoredPaths.relativize(this, connection);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path file() {
        return file;
    }

    public Backups backups() {
        return backups;
    }

    /** The newest schema this database can be migrated to. */
    int knownSchema() {
        return steps.size();
    }

    public int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T tx(SqlWork<T> work) {
        IoThreadGuard.check("database");
        try {
            if (!connection.getAutoCommit()) {
                // Called from inside another tx: part of that transaction, committed with it.
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} (or a single statement) outside an explicit transaction. */
    public synchronized <T> T read(SqlWork<T> work) {
        IoThreadGuard.check("database");
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /** Runs an extended sqlite-jdbc statement ({@code backup to}, {@code restore from}) in autocommit mode. */
    synchronized void execute(String sql) throws SQLException {
        IoThreadGuard.check("database");
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    synchronized void remigrate() throws SQLException {
        migrate();
    }

    /** {@code PRAGMA quick_check} of the open database: "ok" or the first problems found. */
    public String quickCheck() {
        String result = read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
        synchronized (this) {
            if ("ok".equalsIgnoreCase(result)) {
                lastFullCheck = Instant.now();
            } else {
                checkAtNextOpen = true;
            }
        }
        return result;
    }

    /** The next open runs the full integrity check whatever the clean close records (after a restore). */
    synchronized void checkAtNextOpen() {
        checkAtNextOpen = true;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing {} failed: {}", file, e.getMessage());
            return;
        }
        if (!checkAtNextOpen) {
            try {
                CleanClose.write(file, lastFullCheck);
            } catch (IOException e) {
                LOG.debug("no clean-close record for {}: {}", file, e.getMessage()); // the next open checks fully
            }
        }
    }
}
