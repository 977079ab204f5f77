package dev.lineup.store;

import dev.lineup.model.ProblemFix;
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

    /**
     * A publish to {@code target} went through: its problems not fixed yet are fixed now, {@code how} (one
     * History row for all of them). Returns whether there were any.
     */
    public boolean fixed(String target, String how, Instant at) {
        return db.tx(c -> {
            String open = " FROM problems p LEFT JOIN targets t ON t.id = p.target_id "
                    + "WHERE p.fix_id IS NULL AND COALESCE(t.name, p.target) = ?";
            java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.kind" + open + " ORDER BY p.id")) {
                ps.setString(1, target);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        kinds.add(rs.getString(1));
                    }
                }
            }
            if (kinds.isEmpty()) {
                return false;
            }
            SourceStore.exec(c, "INSERT INTO problem_fixes(at, target, kinds, how) VALUES (?, ?, ?, ?)", at.toString(),
                    target, String.join(",", kinds), how);
            SourceStore.exec(c, "UPDATE problems SET fix_id = last_insert_rowid() WHERE id IN (SELECT p.id" + open + ")",
                    target);
            return true;
        });
    }

    /** Says better how the newest fix of {@code target} made at or after {@code since} came about (the wizard's way out). */
    public void explainFix(String target, Instant since, String how) {
        // As times, not text: "…:01.5Z" sorts before "…:01Z" as text though it is later.
        db.tx(c -> SourceStore.exec(c, "UPDATE problem_fixes SET how = ? WHERE id = (SELECT MAX(id) FROM problem_fixes "
                + "WHERE target = ? AND julianday(at) >= julianday(?))", how, target, since.toString()));
    }

    /** The newest {@code limit} fixes, newest first. */
    public List<ProblemFix> fixes(int limit) {
        return db.read(c -> {
            List<ProblemFix> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT at, target, kinds, how FROM problem_fixes ORDER BY at DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ProblemFix(Instant.parse(rs.getString(1)), rs.getString(2),
                                List.of(rs.getString(3).split(",")), rs.getString(4)));
                    }
                }
            }
            return out;
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
