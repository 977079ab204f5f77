package dev.lineup.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The migration of paths stored absolute by earlier versions to paths relative to the data directory
 * ({@link DataPaths}). Idempotent and cheap, so it runs at every open: a backup restored from before the
 * change, or a data directory moved since, is fixed the same way.
 */
final class StoredPaths {
    private StoredPaths() {
    }

    static int relativize(Connection c, Path dataDir) throws SQLException {
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
        try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET guide_file = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : changed.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.executeUpdate();
            }
        }
        return changed.size();
    }
}
