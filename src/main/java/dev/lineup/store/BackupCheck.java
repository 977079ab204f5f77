package dev.lineup.store;

import dev.lineup.files.PrivateFiles;
import dev.lineup.files.TempFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a file is a complete Lineup database this version can use, judged without changing it: the
 * file is opened read-only and immutable, so SQLite never rolls a journal back into it (which once
 * truncated a half-written backup to nothing and then called it "ok"). A file with a rollback journal
 * beside it was not finished and does not count.
 */
public final class BackupCheck {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> LINEUP_TABLES = List.of("schema_version", "installation", "settings",
            "sources", "layouts", "targets");

    /** {@code problem} null means usable; {@code version} is the schema version when it could be read. */
    public record Result(String problem, int version) {
        public boolean usable() {
            return problem == null;
        }
    }

    private BackupCheck() {
    }

    /** The quick test used when counting backups: whole, a Lineup database, a schema this version knows. */
    public static Result inspect(Path file) {
        return inspect(file, false, Migrations.latest());
    }

    /** As {@link #inspect(Path)}, plus {@code PRAGMA quick_check} of every page (before it is restored). */
    public static Result verify(Path file) {
        return inspect(file, true, Migrations.latest());
    }

    /**
     * A private copy of {@code file} in {@code dir}, made and verified before anything is restored from
     * it: the user's file is never opened for writing, and what was checked is what gets restored. A
     * file that is not usable is refused with a {@link StoreException} naming it and saying why.
     */
    static Path checkedCopy(Path file, Path dir) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such backup file");
        }
        Path copy = dir.resolve(TempFiles.name("restore.db"));
        PrivateFiles.createFile(copy);
        try {
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(copy);
            Result check = Files.exists(file.resolveSibling(file.getFileName() + "-journal")) ? inspect(file)
                    : verify(copy);
            if (!check.usable()) {
                throw new StoreException(file + " is not a usable Lineup backup: " + check.problem()
                        + "; the database was not changed");
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /** {@code newestKnown}: the newest schema the caller can open (a test's longer list of steps). */
    static Result inspect(Path file, boolean integrity, int newestKnown) {
        try {
            if (!Files.isRegularFile(file)) {
                return new Result("no such file", 0);
            }
            if (Files.size(file) == 0) {
                return new Result("the file is empty (0 bytes)", 0);
            }
            if (!hasMagic(file)) {
                return new Result("not an SQLite database", 0);
            }
            if (Files.exists(file.resolveSibling(file.getFileName() + "-journal"))) {
                return new Result("it was not finished (a rollback journal is beside it)", 0);
            }
        } catch (IOException e) {
            return new Result("cannot read it: " + e.getMessage(), 0);
        }
        try (Connection c = DriverManager.getConnection(readOnlyUri(file)); Statement s = c.createStatement()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.containsAll(LINEUP_TABLES)) {
                return new Result("not a Lineup database (it has none of Lineup's tables)", 0);
            }
            int version;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version < 1) {
                return new Result("not a Lineup database (no schema version)", version);
            }
            if (version > newestKnown) {
                return new Result("it was written by a newer Lineup (schema " + version + ", this one knows "
                        + newestKnown + ")", version);
            }
            if (integrity) {
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    String first = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equalsIgnoreCase(first)) {
                        return new Result("it fails SQLite's integrity check: " + first, version);
                    }
                }
            }
            return new Result(null, version);
        } catch (SQLException e) {
            return new Result("it cannot be read as a database: " + e.getMessage(), 0);
        }
    }

    private static boolean hasMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /** {@code immutable=1}: no locks, no journal or WAL recovery, no write of any kind. */
    static String readOnlyUri(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toString().replace("file:///", "file:/")
                + "?mode=ro&immutable=1";
    }
}
