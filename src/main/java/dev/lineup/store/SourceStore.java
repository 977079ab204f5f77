package dev.lineup.store;

import dev.lineup.files.PrivateFiles;
import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.Redactor;
import dev.lineup.model.Source;
import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceKind;
import dev.lineup.model.StreamKind;
import dev.lineup.model.XtreamAccount;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Configured sources, their categories and guide channels. The real location (a URL may carry
 * credentials) and the Xtream password are kept in {@link Secrets} under {@code source.ID.location}
 * and {@code source.ID.password}; the {@code sources} row only holds the redacted location.
 */
public final class SourceStore {
    private static final String COLS = "id, name, kind, location, username, ignore_vod, ignore_series, last_refresh, "
            + "last_status, account_json";
    private final Database db;

    public SourceStore(Database db) {
        this.db = db;
    }

    /** Adds a source; {@link IllegalArgumentException} if the name is taken. */
    public Source add(String name, SourceKind kind, String location, String username, String password,
                      boolean ignoreVod, boolean ignoreSeries) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a source needs a name");
        }
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("a source named \"" + name + "\" already exists");
        }
        long id = db.tx(c -> {
            long newId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources(name, kind, location, username, "
                    + "ignore_vod, ignore_series, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, kind.word());
                ps.setString(3, Redactor.url(stored(location)));
                ps.setString(4, username);
                ps.setInt(5, ignoreVod ? 1 : 0);
                ps.setInt(6, ignoreSeries ? 1 : 0);
                ps.setString(7, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    newId = rs.getLong(1);
                }
            }
            Secrets.put(c, "source." + newId + ".location", stored(location));
            if (password != null) {
                Secrets.put(c, "source." + newId + ".password", password);
            }
            return newId;
        });
        return get(id);
    }

    public Source get(long id) {
        return query("WHERE id = ?", id).stream().findFirst()
                .orElseThrow(() -> new StoreException("no source with id " + id));
    }

    public Optional<Source> find(String name) {
        return query("WHERE name = ?", name).stream().findFirst();
    }

    public List<Source> list() {
        return query("ORDER BY name COLLATE NOCASE");
    }

    /** Deletes a source with its channels, categories, guide channels and secrets. */
    public boolean remove(String name) {
        Optional<Source> s = find(name);
        s.ifPresent(src -> db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM secrets WHERE name LIKE ?")) {
                ps.setString(1, "source." + src.id() + ".%");
                ps.executeUpdate();
            }
            return exec(c, "DELETE FROM sources WHERE id = ?", src.id());
        }));
        return s.isPresent();
    }

    /** The real file path or URL (may carry credentials: never log it, see {@link Redactor}). */
    public String location(Source s) {
        String stored = Secrets.get(db, "source." + s.id() + ".location").orElse(s.location());
        return isDataFile(stored) ? DataPaths.resolve(db.dataDir(), stored).toString() : stored;
    }

    /**
     * A file inside the data directory (the bundled sample) is stored relative to it, so a data directory
     * moved elsewhere still refreshes it; URLs and files elsewhere are stored as given.
     */
    private String stored(String location) {
        // A relative path the user typed means their working directory, now: made absolute before storing.
        return isFile(location) ? DataPaths.toStored(db.dataDir(), Path.of(location).toAbsolutePath()) : location;
    }

    /** A relative file path: only {@link #stored} writes those (a user's file is kept absolute). */
    private static boolean isDataFile(String stored) {
        return isFile(stored) && !Path.of(stored).isAbsolute();
    }

    static boolean isFile(String location) {
        if (location == null || location.isBlank() || location.contains("://") || location.regionMatches(true, 0,
                "file:", 0, 5)) {
            return false;
        }
        try {
            Path.of(location);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Points a source at a new file/URL (or Xtream server) and user; its channels and their ids stay. */
    public void setLocation(Source s, String location, String username) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET location = ?, username = ? WHERE id = ?")) {
                ps.setString(1, Redactor.url(stored(location)));
                ps.setString(2, username);
                ps.setLong(3, s.id());
                ps.executeUpdate();
            }
            Secrets.put(c, "source." + s.id() + ".location", stored(location));
            return 1;
        });
    }

    public Optional<String> password(Source s) {
        return new Secrets(db).get("source." + s.id() + ".password");
    }

    public void setPassword(Source s, String password) {
        new Secrets(db).put("source." + s.id() + ".password", password);
    }

    /** Records the outcome of a refresh attempt (a failure is recorded without touching any channel). */
    public void recordStatus(long sourceId, Instant at, String status) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET last_refresh = ?, last_status = ? WHERE id = ?")) {
                ps.setString(1, at.toString());
                ps.setString(2, Redactor.text(status));
                ps.setLong(3, sourceId);
                return ps.executeUpdate();
            }
        });
    }

    /** Stores the catch-up and time shift defaults the source's playlist header gave at its last refresh. */
    public void setHeaderDefaults(long sourceId, List<SourceAttribute> defaults) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET header_defaults = ? WHERE id = ?")) {
                ps.setString(1, defaults.isEmpty() ? null : Json.attrs(defaults));
                ps.setLong(2, sourceId);
                return ps.executeUpdate();
            }
        });
    }

    /** The header defaults {@link #setHeaderDefaults} stored for the source; empty when it had none. */
    public List<SourceAttribute> headerDefaults(long sourceId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT header_defaults FROM sources WHERE id = ?")) {
                ps.setLong(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    String json = rs.next() ? rs.getString(1) : null;
                    return json == null ? List.<SourceAttribute>of() : Json.attrs(json);
                }
            }
        });
    }

    public List<SourceCategory> categories(long sourceId) {
        return db.read(c -> {
            List<SourceCategory> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, external_id, name, enabled FROM categories "
                    + "WHERE source_id = ? ORDER BY kind, position")) {
                ps.setLong(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SourceCategory(rs.getLong(1), sourceId, StreamKind.fromWord(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getInt(5) != 0));
                    }
                }
            }
            return out;
        });
    }

    /** Enables or disables a category; false if the source has no such category. */
    public boolean setCategoryEnabled(long sourceId, StreamKind kind, String name, boolean enabled) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE categories SET enabled = ? WHERE source_id = ? AND kind = ? AND name = ?")) {
                ps.setInt(1, enabled ? 1 : 0);
                ps.setLong(2, sourceId);
                ps.setString(3, kind.word());
                ps.setString(4, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public void setIgnored(long sourceId, boolean ignoreVod, boolean ignoreSeries) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET ignore_vod = ?, ignore_series = ? WHERE id = ?")) {
                ps.setInt(1, ignoreVod ? 1 : 0);
                ps.setInt(2, ignoreSeries ? 1 : 0);
                ps.setLong(3, sourceId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Replaces a guide source's channels and records where its downloaded guide file is, in one
     * transaction (the file was fully written before this is called).
     */
    public void replaceGuide(long sourceId, Path guideFile, List<GuideSourceChannel> channels, Instant at) {
        try {
            PrivateFiles.restrict(guideFile);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot make " + guideFile + " private: " + e.getMessage(), e);
        }
        db.tx(c -> {
            exec(c, "DELETE FROM guide_channels WHERE source_id = ?", sourceId);
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO guide_channels(source_id, channel_id, "
                    + "position, names_json, icons_json) VALUES (?, ?, ?, ?, ?)")) {
                int pos = 0;
                for (GuideSourceChannel g : channels) {
                    ps.setLong(1, sourceId);
                    ps.setString(2, g.channelId());
                    ps.setInt(3, pos++);
                    ps.setString(4, Json.write(g.displayNames()));
                    ps.setString(5, Json.write(g.icons()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sources SET guide_file = ?, last_refresh = ?, last_status = 'ok' WHERE id = ?")) {
                ps.setString(1, DataPaths.toStored(db.dataDir(), guideFile));
                ps.setString(2, at.toString());
                ps.setLong(3, sourceId);
                return ps.executeUpdate();
            }
        });
    }

    /** Channels of one guide source (empty before its first refresh). */
    public List<GuideSourceChannel> guideChannels(long sourceId) {
        return db.read(c -> {
            List<GuideSourceChannel> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT channel_id, names_json, icons_json FROM guide_channels "
                    + "WHERE source_id = ? ORDER BY position")) {
                ps.setLong(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new GuideSourceChannel(sourceId, rs.getString(1), Json.strings(rs.getString(2)),
                                Json.strings(rs.getString(3))));
                    }
                }
            }
            return out;
        });
    }

    /** The downloaded guide file of a guide source, once it has been refreshed (stored relative to the data directory). */
    public Optional<Path> guideFile(long sourceId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT guide_file FROM sources WHERE id = ?")) {
                ps.setLong(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? Optional.of(DataPaths.resolve(db.dataDir(), rs.getString(1)))
                            : Optional.<Path>empty();
                }
            }
        });
    }

    /** Guide files of every refreshed guide source, in source-name order: the renderer's XMLTV inputs. */
    public List<Path> guideFiles() {
        List<Path> out = new ArrayList<>();
        for (Source s : list()) {
            if (s.kind() == SourceKind.EPG) {
                guideFile(s.id()).ifPresent(out::add);
            }
        }
        return out;
    }

    private List<Source> query(String where, Object... args) {
        return db.read(c -> {
            List<Source> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLS + " FROM sources " + where)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String last = rs.getString(8);
                        String acc = rs.getString(10);
                        out.add(new Source(rs.getLong(1), rs.getString(2), SourceKind.fromWord(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getInt(6) != 0, rs.getInt(7) != 0,
                                last == null ? null : Instant.parse(last), rs.getString(9),
                                acc == null ? null : Json.read(acc, XtreamAccount.class)));
                    }
                }
            }
            return out;
        });
    }

    static int exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** The channel ids every guide source lists: what a layout's guide mapping can point at. */
    public java.util.Set<String> guideChannelIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Source s : list()) {
            if (s.kind() == SourceKind.EPG) {
                for (GuideSourceChannel g : guideChannels(s.id())) {
                    ids.add(g.channelId());
                }
            }
        }
        return ids;
    }
}
