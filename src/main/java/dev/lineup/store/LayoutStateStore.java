package dev.lineup.store;

import dev.lineup.model.LayoutState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-layout state in columns of the layout's own row (target, generation, last published, rules, guide
 * auto-matching), so a rename, which only changes the row's name, keeps all of it and a delete forgets all of
 * it. The chosen target is kept by id: renaming the target keeps the choice, removing it clears the choice.
 */
public final class LayoutStateStore {
    private static final String SELECT = "SELECT l.name, t.name, l.generation, l.last_published, l.rules_json, "
            + "l.auto_match_guides FROM layouts l LEFT JOIN targets t ON t.id = l.target_id";
    private final Database db;

    public LayoutStateStore(Database db) {
        this.db = db;
    }

    /** The state of {@code layout}, empty when no layout has that name. */
    public Optional<LayoutState> get(String layout) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE l.name = ?")) {
                ps.setString(1, layout);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<LayoutState>empty();
                }
            }
        });
    }

    /** Every layout's state, by name. */
    public List<LayoutState> all() {
        return db.read(c -> {
            List<LayoutState> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY l.name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    /** The target {@code layout} publishes to, empty when none is chosen (or no such layout). */
    public Optional<String> target(String layout) {
        return get(layout).map(LayoutState::target);
    }

    /** Chooses the target (by name; null forgets the choice). Unknown layout or target: {@link IllegalArgumentException}. */
    public void setTarget(String layout, String target) {
        db.tx(c -> {
            Long id = null;
            if (target != null) {
                id = targetId(c, target).orElseThrow(() -> new IllegalArgumentException(
                        "no target named \"" + target + "\" (see: lineup target list)"));
            }
            return update(c, layout, "target_id = ?", id);
        });
    }

    /** Records a publish of generation {@code generation} at {@code at}. */
    public void published(String layout, long generation, Instant at) {
        db.tx(c -> update(c, layout, "generation = ?, last_published = ?", generation, at.toString()));
    }

    public void setGeneration(String layout, long generation) {
        db.tx(c -> update(c, layout, "generation = ?", generation));
    }

    /** Sets (null: forgets) when the layout was last published. */
    public void setLastPublished(String layout, Instant at) {
        db.tx(c -> update(c, layout, "last_published = ?", at == null ? null : at.toString()));
    }

    /** Replaces the layout's rules document (null or blank: no rules). */
    public void setRules(String layout, String rulesJson) {
        db.tx(c -> update(c, layout, "rules_json = ?", rulesJson == null || rulesJson.isBlank() ? null : rulesJson));
    }

    public void setAutoMatchGuides(String layout, boolean on) {
        db.tx(c -> update(c, layout, "auto_match_guides = ?", on ? 1 : 0));
    }

    static Optional<Long> targetId(Connection c, String target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM targets WHERE name = ?")) {
            ps.setString(1, target);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static int update(Connection c, String layout, String assignments, Object... values) throws SQLException {
        Object[] args = new Object[values.length + 1];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = layout;
        int n = SourceStore.exec(c, "UPDATE layouts SET " + assignments + " WHERE name = ?", args);
        if (n == 0) {
            throw new IllegalArgumentException("no layout named \"" + layout + "\" (see: lineup layout list)");
        }
        return n;
    }

    private static LayoutState row(ResultSet rs) throws SQLException {
        String at = rs.getString(4);
        return new LayoutState(rs.getString(1), rs.getString(2), rs.getLong(3), at == null ? null : Instant.parse(at),
                rs.getString(5), rs.getInt(6) != 0);
    }
}
