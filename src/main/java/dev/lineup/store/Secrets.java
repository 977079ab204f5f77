package dev.lineup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Passwords, tokens and credential-bearing URLs, in their own table so that settings listings, the
 * log and exports never touch them. Values are never logged and never part of an exception message.
 * Names are like {@code source.12.password} or {@code target.Dropbox.refresh-token}.
 */
public final class Secrets {
    private final Database db;

    public Secrets(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.read(c -> get(c, name));
    }

    static Optional<String> get(Database db, String name) {
        return db.read(c -> get(c, name));
    }

    static Optional<String> get(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM secrets WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(String name, String value) {
        db.tx(c -> {
            put(c, name, value);
            return null;
        });
    }

    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO secrets(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    public void delete(String name) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM secrets WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate();
            }
        });
    }
}
