package dev.lineup.store;

import dev.lineup.model.TargetConfig;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Publish targets (name, kind, settings JSON). Their tokens belong in {@link Secrets}, not in the JSON. */
public final class TargetStore {
    private final Database db;

    public TargetStore(Database db) {
        this.db = db;
    }

    /** Adds or replaces the target of that name. */
    public void put(TargetConfig t) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO targets(name, kind, config_json, created_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, "
                    + "config_json = excluded.config_json")) {
                ps.setString(1, t.name());
                ps.setString(2, t.kind());
                ps.setString(3, t.configJson());
                ps.setString(4, Instant.now().toString());
                return ps.executeUpdate();
            }
        });
    }

    public Optional<TargetConfig> find(String name) {
        return list().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public List<TargetConfig> list() {
        return db.read(c -> {
            List<TargetConfig> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, kind, config_json FROM targets ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TargetConfig(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /** Deletes the target and its secrets ({@code target.NAME.*}). */
    public boolean remove(String name) {
        return db.tx(c -> {
            SourceStore.exec(c, "DELETE FROM secrets WHERE name LIKE ?", "target." + name + ".%");
            return SourceStore.exec(c, "DELETE FROM targets WHERE name = ?", name) > 0;
        });
    }
}
