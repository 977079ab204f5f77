package dev.lineup.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migration of paths stored absolute by earlier versions (guide files, a local target's folder) to
 * paths relative to the data directory ({@link DataPaths}). Idempotent and cheap, so it runs at every open: a backup restored from before the
 * change, or a data directory moved since, is fixed the same way.
 */
final class StoredPaths {
    /** The bundled sample's files, copied into {@code DATA/sample/} by the first start. */
    private static final Pattern MOVED_SAMPLE = Pattern.compile(
            ".*[/\\\\]sample[/\\\\](sample-playlist\\.m3u|sample-guide\\.xml\\.gz)");
    private StoredPaths() {
    }

    static int relativize(Database db, Connection c) throws SQLException {
        Path dataDir = db.dataDir();
        Map<Long, String> changed = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sources'")) {
                if (!t.next()) {
                    return 0;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, guide_file FROM sources WHERE guide_file IS NOT NULL")) {
                while (rs.next()) {
                    String rel = DataPaths.migratedGuidePath(dataDir, rs.getString(2));
                    if (rel != null) {
                        changed.put(rs.getLong(1), rel);
                    }
                }
            }
        }
        update(c, "UPDATE sources SET guide_file = ? WHERE id = ?", changed);
        Map<Long, String> targets = new LinkedHashMap<>();
        TargetStore store = new TargetStore(db);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, kind, config_json FROM targets WHERE kind = '"
                     + TargetStore.LOCAL + "'")) {
            while (rs.next()) {
                String stored = store.localFolder(rs.getString(2), rs.getString(3), true);
                if (!stored.equals(rs.getString(3))) {
                    targets.put(rs.getLong(1), stored);
                }
            }
        }
        update(c, "UPDATE targets SET config_json = ? WHERE id = ?", targets);
        return changed.size() + targets.size() + relativizeSourceFiles(dataDir, c);
    }

    /** Source files inside the data directory (the bundled sample) written absolute by earlier versions. */
    private static int relativizeSourceFiles(Path dataDir, Connection c) throws SQLException {
        Map<Long, String> changed = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM sources")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String stored = Secrets.get(c, "source." + id + ".location").orElse(null);
                if (SourceStore.isFile(stored) && Path.of(stored).isAbsolute()) {
                    String rel = DataPaths.toStored(dataDir, Path.of(stored));
                    Matcher sample = MOVED_SAMPLE.matcher(stored);
                    if (!Path.of(rel).isAbsolute()) {
                        changed.put(id, rel);
                    } else if (sample.matches() && !java.nio.file.Files.exists(Path.of(stored))) {
                        changed.put(id, "sample/" + sample.group(1)); // the data directory moved since
                    }
                }
            }
        }
        for (Map.Entry<Long, String> e : changed.entrySet()) {
            Secrets.put(c, "source." + e.getKey() + ".location", e.getValue());
        }
        update(c, "UPDATE sources SET location = ? WHERE id = ?", changed);
        return changed.size();
    }

    private static void update(Connection c, String sql, Map<Long, String> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<Long, String> e : values.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.executeUpdate();
            }
        }
    }
}
