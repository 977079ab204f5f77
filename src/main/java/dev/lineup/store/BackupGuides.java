package dev.lineup.store;

import dev.lineup.files.PrivateFiles;
import dev.lineup.files.TempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The downloaded guide files a backup's database points to, kept beside it in {@code NAME.guides/} (same
 * paths as under the data directory), so restoring a backup brings back a state that can output again.
 * Guide files are only ever replaced by a rename, never rewritten, so a hard link is a faithful copy that
 * costs no space; where the file system has no hard links they are copied.
 */
final class BackupGuides {
    private static final Logger LOG = LoggerFactory.getLogger(BackupGuides.class);

    private BackupGuides() {
    }

    /** {@code lineup-X.db} → {@code lineup-X.guides}. */
    static Path folderOf(Path backup) {
        String n = backup.getFileName().toString();
        return backup.resolveSibling((n.endsWith(".db") ? n.substring(0, n.length() - 3) : n) + ".guides");
    }

    /** Links the guide files {@code db} lists into {@code folder}; returns how many. */
    static int snapshot(Database db, Path folder) throws IOException {
        int n = 0;
        for (Path rel : guideFiles(db.read(BackupGuides::storedGuidePaths), db.dataDir())) {
            Path from = db.dataDir().resolve(rel);
            if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path to = folder.resolve(rel);
            PrivateFiles.directory(to.getParent());
            link(from, to);
            n++;
        }
        return n;
    }

    /**
     * Puts the guide files kept beside {@code backup} back into {@code dataDir} (each through a temporary
     * and a rename); returns how many. The guide files in use before were linked into the safety backup.
     */
    static int restore(Path backup, Path dataDir) throws IOException {
        Path folder = folderOf(backup);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        List<String> stored;
        try (Connection c = DriverManager.getConnection(BackupCheck.readOnlyUri(backup))) {
            stored = storedGuidePaths(c);
        } catch (SQLException e) {
            throw new IOException("cannot read the guide list of " + backup.getFileName() + ": " + e.getMessage(), e);
        }
        int n = 0;
        for (Path rel : guideFiles(stored, dataDir)) {
            Path kept = folder.resolve(rel);
            if (!Files.isRegularFile(kept, LinkOption.NOFOLLOW_LINKS)) {
                LOG.warn("backup {} has no copy of the guide {}; refresh that source", backup.getFileName(), rel);
                continue;
            }
            Path dest = dataDir.resolve(rel);
            PrivateFiles.directory(dest.getParent());
            Path tmp = dest.resolveSibling(TempFiles.name(dest.getFileName().toString()));
            link(kept, tmp);
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            n++;
        }
        return n;
    }

    private static List<String> storedGuidePaths(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT guide_file FROM sources WHERE guide_file IS NOT NULL")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The stored paths as paths under {@code dataDir}; a path outside it is not Lineup's to keep. */
    private static List<Path> guideFiles(List<String> stored, Path dataDir) {
        List<Path> out = new ArrayList<>();
        for (String s : stored) {
            Path rel = DataPaths.relativeUnder(dataDir, s);
            if (rel != null) {
                out.add(rel);
            }
        }
        return out;
    }

    private static void link(Path from, Path to) throws IOException {
        Files.deleteIfExists(to);
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(to);
        }
    }
}
