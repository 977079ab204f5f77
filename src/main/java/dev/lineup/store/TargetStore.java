package dev.lineup.store;

import dev.lineup.model.TargetConfig;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Publish targets (name, kind, settings JSON). Their tokens belong in {@link Secrets}, not in the JSON. */
public final class TargetStore {
    /** The kind whose folder is a path on this computer ({@code app.TargetSettings.LOCAL}). */
    static final String LOCAL = "local";
    private final Database db;

    public TargetStore(Database db) {
        this.db = db;
    }

    /**
     * Adds a target, or replaces the one of that name. A replaced target that now points elsewhere (another
     * folder, kind or server) forgets the files and share links published through it: they name the old folder,
     * and a playlist published to the new one must not name the old folder's guide.
     */
    public void put(TargetConfig t) {
        String stored = localFolder(t.kind(), t.configJson(), true);
        db.tx(c -> {
            SourceStore.exec(c, "DELETE FROM published_files WHERE target_id = (SELECT id FROM targets WHERE name = ? "
                    + "AND (kind <> ? OR config_json <> ?))", t.name(), t.kind(), stored);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO targets(name, kind, config_json, created_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, "
                    + "config_json = excluded.config_json")) {
                ps.setString(1, t.name());
                ps.setString(2, t.kind());
                ps.setString(3, stored);
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
                    out.add(new TargetConfig(rs.getString(1), rs.getString(2),
                            localFolder(rs.getString(2), rs.getString(3), false)));
                }
            }
            return out;
        });
    }

    /**
     * A local target's folder inside the data directory (the default {@code published/}) is stored
     * relative to it, so a moved data directory keeps publishing into its own folder; callers see it
     * absolute. Other kinds' folders are remote names and pass through unchanged.
     */
    String localFolder(String kind, String json, boolean toStored) {
        if (!LOCAL.equals(kind) || json == null) {
            return json;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = Json.MAPPER.readTree(json);
            if (!(node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) || !o.path("folder").isTextual()) {
                return json;
            }
            String folder = o.get("folder").asText();
            String changed = toStored ? DataPaths.toStored(db.dataDir(), Path.of(folder))
                    : DataPaths.resolve(db.dataDir(), folder).toString();
            return changed.equals(folder) ? json : Json.MAPPER.writeValueAsString(o.put("folder", changed));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.nio.file.InvalidPathException e) {
            return json; // unreadable settings are reported where they are used
        }
    }

    /** Deletes the target and its secrets ({@code target.NAME.*}). */
    public boolean remove(String name) {
        return db.tx(c -> {
            SourceStore.exec(c, "DELETE FROM secrets WHERE name LIKE ?", "target." + name + ".%");
            return SourceStore.exec(c, "DELETE FROM targets WHERE name = ?", name) > 0;
        });
    }
}
