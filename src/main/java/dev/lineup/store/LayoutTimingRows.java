package dev.lineup.store;

import dev.lineup.model.Catchup;
import dev.lineup.model.LayoutTiming;
import dev.lineup.model.Timing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time shift and catch-up as columns: five of them ({@code shift_hours}/{@code own_shift_hours},
 * {@code catchup_mode}, {@code catchup_days}, {@code catchup_type}, {@code catchup_source}) on channels,
 * groups and layouts, null meaning "as the level above says"; per-source values in
 * {@code layout_source_timing}.
 */
final class LayoutTimingRows {
    /** The five timing columns of layouts and groups, in bind/read order. */
    static final String COLUMNS = "shift_hours, catchup_mode, catchup_days, catchup_type, catchup_source";
    /** The same on channels, whose older {@code shift_hours} column is not nullable. */
    static final String CHANNEL_COLUMNS = "own_shift_hours, catchup_mode, catchup_days, catchup_type, catchup_source";

    private LayoutTimingRows() {
    }

    /** Binds {@code t} to five parameters from {@code first}. */
    static void bind(PreparedStatement ps, int first, Timing t) throws SQLException {
        if (t.shiftHours() == null) {
            ps.setNull(first, Types.REAL);
        } else {
            ps.setDouble(first, t.shiftHours());
        }
        Catchup c = t.catchup();
        ps.setString(first + 1, c == null ? null : c.mode().word());
        if (c == null || c.days() == null) {
            ps.setNull(first + 2, Types.INTEGER);
        } else {
            ps.setInt(first + 2, c.days());
        }
        ps.setString(first + 3, c == null ? null : c.type());
        ps.setString(first + 4, c == null ? null : c.source());
    }

    /** Reads five columns from {@code first}. */
    static Timing read(ResultSet rs, int first) throws SQLException {
        Object shift = rs.getObject(first);
        Catchup.Mode mode = Catchup.Mode.of(rs.getString(first + 1));
        Catchup c = mode == null ? null
                : new Catchup(mode, (Integer) rs.getObject(first + 2), rs.getString(first + 3), rs.getString(first + 4));
        return Timing.of(shift == null ? null : ((Number) shift).doubleValue(), c);
    }

    static Map<String, Timing> sources(Connection c, long layoutId) throws SQLException {
        Map<String, Timing> m = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source_name, " + COLUMNS
                + " FROM layout_source_timing WHERE layout_id = ? ORDER BY source_name")) {
            ps.setLong(1, layoutId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), read(rs, 2));
                }
            }
        }
        return m;
    }

    /** Replaces the layout's row-level and per-source values. */
    static void save(Connection c, long layoutId, LayoutTiming t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE layouts SET shift_hours = ?, catchup_mode = ?, "
                + "catchup_days = ?, catchup_type = ?, catchup_source = ? WHERE id = ?")) {
            bind(ps, 1, t.playlist());
            ps.setLong(6, layoutId);
            ps.executeUpdate();
        }
        SourceStore.exec(c, "DELETE FROM layout_source_timing WHERE layout_id = ?", layoutId);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO layout_source_timing(layout_id, source_name, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (var e : t.sources().entrySet()) {
                ps.setLong(1, layoutId);
                ps.setString(2, e.getKey());
                bind(ps, 3, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    static LayoutTiming load(Connection c, long layoutId, Timing playlist) throws SQLException {
        return new LayoutTiming(playlist, sources(c, layoutId));
    }
}
