package dev.lineup.store;

import dev.lineup.model.LayoutValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The base name of each layout's output files ({@code family.m3u}, {@code family.xml.gz}), kept in
 * {@code layouts.file_name}. It is chosen once, from the layout's name when the layout is created, and a
 * rename leaves it alone: players load these files by URL, so a renamed layout must not break them.
 * Two layouts never share a base name (their files would overwrite each other).
 */
final class LayoutFileNames {
    private LayoutFileNames() {
    }

    /** Schema step 4: every existing layout keeps the file names it was already writing. */
    static Void fillFromNames(Connection c) throws SQLException {
        Map<Long, String> missing = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name FROM layouts WHERE file_name IS NULL ORDER BY id")) {
            while (rs.next()) {
                missing.put(rs.getLong(1), rs.getString(2));
            }
        }
        for (Map.Entry<Long, String> e : missing.entrySet()) {
            SourceStore.exec(c, "UPDATE layouts SET file_name = ? WHERE id = ?", unused(c, e.getValue()), e.getKey());
        }
        return null;
    }

    /** A base name for a new layout called {@code layoutName}: its slug, or the slug with "-2", "-3"… if taken. */
    static String unused(Connection c, String layoutName) throws SQLException {
        Set<String> taken = taken(c, null);
        String base = LayoutValues.fileName(layoutName);
        String candidate = base;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    /** The base names in use, except the one of the layout called {@code except} (null: none excepted). */
    static Set<String> taken(Connection c, String except) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT file_name FROM layouts WHERE file_name IS NOT NULL "
                + "AND name IS NOT ?")) {
            ps.setString(1, except);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * Why {@code fileName} cannot be a layout's base name, or null when it can: lower-case letters, digits
     * and '-' only (what the slug of a name gives), so it is the same on every file system and in a URL.
     */
    static String problem(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "a file name is needed";
        }
        if (!fileName.matches("[\\p{Ll}\\p{Lo}\\p{N}]+(-[\\p{Ll}\\p{Lo}\\p{N}]+)*") || fileName.length() > 100) {
            return "\"" + fileName + "\" is not usable as a file name: use lower-case letters, digits and '-' "
                    + "(e.g. \"" + LayoutValues.fileName(fileName) + "\"), at most 100 characters";
        }
        return null;
    }
}
