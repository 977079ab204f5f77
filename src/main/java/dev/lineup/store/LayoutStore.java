package dev.lineup.store;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.Timing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Layouts as rows: one {@code layouts} row (options), its groups and their channels with every
 * {@link LayoutChannel} field, each with its position. {@link #save} replaces a layout's groups and
 * channels in one transaction, keeping the layout row (and its id) so nothing else loses track of it.
 * A channel's {@code source_key} is stored verbatim: normally {@code sc:ID}, the stable internal id of
 * a source channel, which refreshes keep (see {@link ChannelStore}).
 */
public final class LayoutStore {
    private final Database db;

    public LayoutStore(Database db) {
        this.db = db;
    }

    /** Layout names, alphabetical. */
    public List<String> names() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM layouts ORDER BY name COLLATE NOCASE")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Saves (creates or replaces) the layout of that name, atomically. */
    public void save(Layout layout) {
        db.tx(c -> {
            long id = upsertLayout(c, layout);
            LayoutTimingRows.save(c, id, layout.timing());
            SourceStore.exec(c, "DELETE FROM layout_groups WHERE layout_id = ?", id);
            try (PreparedStatement g = c.prepareStatement("INSERT INTO layout_groups(layout_id, position, name, hidden, "
                    + LayoutTimingRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement ch = c.prepareStatement("INSERT INTO layout_channels(group_id, position, source_key, "
                         + "name, number, logo, tvg_id, guide_channel, shift_hours, hidden, catchup, "
                         + LayoutTimingRows.CHANNEL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int gpos = 0;
                for (LayoutGroup group : layout.groups()) {
                    g.setLong(1, id);
                    g.setInt(2, gpos++);
                    g.setString(3, group.name());
                    g.setInt(4, group.hidden() ? 1 : 0);
                    LayoutTimingRows.bind(g, 5, group.timing());
                    g.executeUpdate();
                    long gid;
                    try (ResultSet rs = g.getGeneratedKeys()) {
                        rs.next();
                        gid = rs.getLong(1);
                    }
                    int cpos = 0;
                    for (LayoutChannel lc : group.channels()) {
                        bindChannel(ch, gid, cpos++, lc);
                        ch.addBatch();
                    }
                    ch.executeBatch();
                }
            }
            return null;
        });
    }

    public Optional<Layout> load(String name) {
        return db.read(c -> {
            long id;
            LayoutOptions opts;
            Timing playlist;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, guide_days_back, guide_days_ahead, gzip_guide, "
                    + "plain_guide, placeholder_guides, " + LayoutTimingRows.COLUMNS + " FROM layouts WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Layout>empty();
                    }
                    id = rs.getLong(1);
                    opts = new LayoutOptions((Integer) rs.getObject(2), (Integer) rs.getObject(3), rs.getInt(4) != 0,
                            rs.getInt(5) != 0, rs.getInt(6) != 0);
                    playlist = LayoutTimingRows.read(rs, 7);
                }
            }
            return Optional.of(new Layout(name, opts, groups(c, id), LayoutTimingRows.load(c, id, playlist)));
        });
    }

    /**
     * Renames a layout in place: its row keeps its id, so everything kept with it (channels, target, publish
     * state, rules, published files) goes along. {@link IllegalArgumentException} when {@code from} does not
     * exist or {@code to} is taken.
     */
    public void rename(String from, String to) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM layouts WHERE name = ?")) {
                ps.setString(1, to);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("a layout named \"" + to + "\" exists already");
                    }
                }
            }
            if (SourceStore.exec(c, "UPDATE layouts SET name = ?, updated_at = ? WHERE name = ?", to,
                    Instant.now().toString(), from) == 0) {
                throw new IllegalArgumentException("no layout named \"" + from + "\" (see: lineup layout list)");
            }
            return null;
        });
    }

    /**
     * What changes whenever the layout's stored content does: its last save time (every save and rename
     * stamps it) and its group and channel counts. Empty when there is no such layout.
     */
    public Optional<String> revision(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT l.updated_at, "
                    + "(SELECT count(*) FROM layout_groups g WHERE g.layout_id = l.id), "
                    + "(SELECT count(*) FROM layout_channels ch JOIN layout_groups g ON ch.group_id = g.id "
                    + "WHERE g.layout_id = l.id) FROM layouts l WHERE l.name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3))
                            : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Switches the layout's placeholder programmes (for channels no guide has) on or off; a save of the whole
     * layout keeps what this set. {@link IllegalArgumentException} when there is no such layout.
     */
    public void setPlaceholderGuides(String name, boolean on) {
        db.tx(c -> {
            if (SourceStore.exec(c, "UPDATE layouts SET placeholder_guides = ?, updated_at = ? WHERE name = ?",
                    on ? 1 : 0, Instant.now().toString(), name) == 0) {
                throw new IllegalArgumentException("no layout named \"" + name + "\" (see: lineup layout list)");
            }
            return null;
        });
    }

    /** The layout's options alone, without reading its channels. */
    public Optional<LayoutOptions> options(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT guide_days_back, guide_days_ahead, gzip_guide, "
                    + "plain_guide, placeholder_guides FROM layouts WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new LayoutOptions((Integer) rs.getObject(1),
                            (Integer) rs.getObject(2), rs.getInt(3) != 0, rs.getInt(4) != 0, rs.getInt(5) != 0))
                            : Optional.<LayoutOptions>empty();
                }
            }
        });
    }

    /**
     * The base name of the layout's output files ({@code NAME.m3u}, {@code NAME.xml.gz}): chosen when the
     * layout was created and kept through renames ({@link LayoutFileNames}). The slug of {@code layout} for a
     * layout not stored (yet).
     */
    public String fileName(String layout) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT file_name FROM layouts WHERE name = ?")) {
                ps.setString(1, layout);
                try (ResultSet rs = ps.executeQuery()) {
                    String stored = rs.next() ? rs.getString(1) : null;
                    return stored != null ? stored : dev.lineup.model.LayoutValues.fileName(layout);
                }
            }
        });
    }

    /**
     * Gives the layout's output files another base name; the players' URLs of its published files change.
     * {@link IllegalArgumentException} for an unknown layout, a name that is not a plain lower-case slug, or
     * one another layout writes already.
     */
    public void setFileName(String layout, String fileName) {
        String problem = LayoutFileNames.problem(fileName);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        db.tx(c -> {
            if (LayoutFileNames.taken(c, layout).contains(fileName)) {
                throw new IllegalArgumentException("another layout writes " + fileName + ".m3u already; choose "
                        + "another file name");
            }
            if (SourceStore.exec(c, "UPDATE layouts SET file_name = ? WHERE name = ?", fileName, layout) == 0) {
                throw new IllegalArgumentException("no layout named \"" + layout + "\" (see: lineup layout list)");
            }
            return null;
        });
    }

    /** A base name no layout writes yet, from {@code layoutName} (for a layout that should get new files). */
    public String unusedFileName(String layoutName) {
        return db.read(c -> LayoutFileNames.unused(c, layoutName));
    }

    /** Deletes the layout and everything kept with it. */
    public boolean delete(String name) {
        return db.tx(c -> SourceStore.exec(c, "DELETE FROM layouts WHERE name = ?", name) > 0);
    }

    private static List<LayoutGroup> groups(Connection c, long layoutId) throws SQLException {
        List<LayoutGroup> groups = new ArrayList<>();
        try (PreparedStatement gs = c.prepareStatement(
                "SELECT id, name, hidden, " + LayoutTimingRows.COLUMNS + " FROM layout_groups WHERE layout_id = ? "
                        + "ORDER BY position");
             PreparedStatement cs = c.prepareStatement("SELECT source_key, name, number, logo, tvg_id, guide_channel, "
                     + "hidden, " + LayoutTimingRows.CHANNEL_COLUMNS + " FROM layout_channels WHERE group_id = ? "
                     + "ORDER BY position")) {
            gs.setLong(1, layoutId);
            try (ResultSet g = gs.executeQuery()) {
                while (g.next()) {
                    List<LayoutChannel> channels = new ArrayList<>();
                    cs.setLong(1, g.getLong(1));
                    try (ResultSet r = cs.executeQuery()) {
                        while (r.next()) {
                            channels.add(new LayoutChannel(r.getString(1), r.getString(2), (Integer) r.getObject(3),
                                    r.getString(4), r.getString(5), r.getString(6), LayoutTimingRows.read(r, 8),
                                    r.getInt(7) != 0));
                        }
                    }
                    groups.add(new LayoutGroup(g.getString(2), g.getInt(3) != 0, channels, LayoutTimingRows.read(g, 4)));
                }
            }
        }
        return groups;
    }

    private static long upsertLayout(Connection c, Layout layout) throws SQLException {
        LayoutOptions o = layout.options();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO layouts(name, guide_days_back, guide_days_ahead, "
                + "gzip_guide, plain_guide, updated_at, placeholder_guides) VALUES (?, ?, ?, ?, ?, ?, ?) "
                // placeholder_guides is the new layout's only: later saves (the editor's, holding the layout as it
                // loaded it) leave it to setPlaceholderGuides, so a save never switches it back.
                + "ON CONFLICT(name) DO UPDATE SET "
                + "guide_days_back = excluded.guide_days_back, guide_days_ahead = excluded.guide_days_ahead, "
                + "gzip_guide = excluded.gzip_guide, plain_guide = excluded.plain_guide, updated_at = excluded.updated_at")) {
            ps.setString(1, layout.name());
            setInt(ps, 2, o.guideDaysBack());
            setInt(ps, 3, o.guideDaysAhead());
            ps.setInt(4, o.gzipGuide() ? 1 : 0);
            ps.setInt(5, o.plainGuide() ? 1 : 0);
            ps.setString(6, Instant.now().toString());
            ps.setInt(7, o.placeholderGuides() ? 1 : 0);
            ps.executeUpdate();
        }
        // A new layout's file names are chosen once, here; renames and later saves keep them.
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM layouts WHERE name = ? AND file_name IS NULL")) {
            ps.setString(1, layout.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    SourceStore.exec(c, "UPDATE layouts SET file_name = ? WHERE name = ?",
                            LayoutFileNames.unused(c, layout.name()), layout.name());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM layouts WHERE name = ?")) {
            ps.setString(1, layout.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bindChannel(PreparedStatement ps, long groupId, int pos, LayoutChannel lc) throws SQLException {
        ps.setLong(1, groupId);
        ps.setInt(2, pos);
        ps.setString(3, lc.sourceKey());
        ps.setString(4, lc.name());
        setInt(ps, 5, lc.number());
        ps.setString(6, lc.logo());
        ps.setString(7, lc.tvgId());
        ps.setString(8, lc.guideChannel());
        ps.setDouble(9, lc.shiftHours());
        ps.setInt(10, lc.hidden() ? 1 : 0);
        ps.setInt(11, lc.catchupPassthrough() ? 1 : 0);
        LayoutTimingRows.bind(ps, 12, lc.timing());
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
