package dev.lineup.store;

import dev.lineup.model.RefreshRun;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The refresh history: every source refresh, succeeded or not (the newest {@value #KEEP} are kept). */
public final class RefreshRunStore {
    /** Runs kept; older ones are dropped as new ones arrive. */
    public static final int KEEP = 1000;
    private final Database db;

    public RefreshRunStore(Database db) {
        this.db = db;
    }

    public void record(RefreshRun run) {
        db.tx(c -> {
            SourceStore.exec(c, "INSERT INTO refresh_runs(at, source, ok, outcome, skipped) VALUES (?, ?, ?, ?, ?)",
                    run.at().toString(), run.source(), run.ok() ? 1 : 0, run.outcome(), String.join("\n", run.skipped()));
            return SourceStore.exec(c, "DELETE FROM refresh_runs WHERE id <= (SELECT MAX(id) FROM refresh_runs) - ?", KEEP);
        });
    }

    /** The newest {@code limit} refreshes, newest first. */
    public List<RefreshRun> recent(int limit) {
        return db.read(c -> {
            List<RefreshRun> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT at, source, ok, outcome, skipped FROM refresh_runs ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String skipped = rs.getString(5);
                        out.add(new RefreshRun(Instant.parse(rs.getString(1)), rs.getString(2), rs.getInt(3) != 0,
                                rs.getString(4), skipped == null || skipped.isEmpty() ? List.of()
                                        : List.of(skipped.split("\n"))));
                    }
                }
            }
            return out;
        });
    }

    /** The newest refresh of any source, if there was one. */
    public Optional<RefreshRun> last() {
        return recent(1).stream().findFirst();
    }
}
