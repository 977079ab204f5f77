package dev.lineup.store;

import dev.lineup.model.ProblemRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** History of publish problems: what the history view lists and counts. */
public final class ProblemStore {
    private final Database db;

    public ProblemStore(Database db) {
        this.db = db;
    }

    public void record(ProblemRecord p) {
        db.tx(c -> {
            Long targetId = p.targetId() != null ? p.targetId()
                    : p.target() == null ? null : LayoutStateStore.targetId(c, p.target()).orElse(null);
            return SourceStore.exec(c, "INSERT INTO problems(at, target, target_id, kind, summary, facts_json) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", p.at().toString(), p.target(), targetId, p.kind(), p.summary(),
                    Json.facts(p.facts()));
        });
    }

    /** The newest {@code limit} problems, newest first. */
    public List<ProblemRecord> recent(int limit) {
        return db.read(c -> {
            List<ProblemRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.at, COALESCE(t.name, p.target), p.kind, p.summary, p.facts_json, p.target_id FROM problems p "
                    + "LEFT JOIN targets t ON t.id = p.target_id ORDER BY p.at DESC, p.id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ProblemRecord(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4), Json.facts(rs.getString(5)), targetId(rs)));
                    }
                }
            }
            return out;
        });
    }

    /** How often each kind happened since {@code since}, by kind name. */
    public Map<String, Integer> countsSince(Instant since) {
        return db.read(c -> {
            Map<String, Integer> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, COUNT(*) FROM problems WHERE at >= ? GROUP BY kind")) {
                ps.setString(1, since.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    private static Long targetId(ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong(6);
        return rs.wasNull() ? null : id;
    }
}
