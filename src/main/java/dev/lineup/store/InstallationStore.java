package dev.lineup.store;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The single installation row: made by {@code init}, its uuid never changes afterwards. */
public final class InstallationStore {
    private final Database db;

    public InstallationStore(Database db) {
        this.db = db;
    }

    public Optional<Installation> get() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, role FROM installation LIMIT 1")) {
                return rs.next() ? Optional.of(new Installation(rs.getString(1), rs.getString(2),
                        Role.parse(rs.getString(3)))) : Optional.<Installation>empty();
            }
        });
    }

    /** Creates the installation, or renames it / changes its role keeping its id. */
    public Installation init(String name, Role role) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the installation needs a name");
        }
        return db.tx(c -> {
            Optional<Installation> existing;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM installation LIMIT 1")) {
                existing = rs.next() ? Optional.of(new Installation(rs.getString(1), name, role)) : Optional.empty();
            }
            Installation inst = existing.orElseGet(() -> new Installation(UUID.randomUUID().toString(), name, role));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO installation(id, name, role, created_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role")) {
                ps.setString(1, inst.id());
                ps.setString(2, inst.name());
                ps.setString(3, inst.role().word());
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            return inst;
        });
    }
}
