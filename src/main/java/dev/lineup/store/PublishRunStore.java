package dev.lineup.store;

import dev.lineup.model.PublishRun;
import dev.lineup.model.PublishedFile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The publish history: every publish or output run (the newest {@value #KEEP} are kept) and the files of each
 * layout's last publish to each target, with their share links (public download links, never secrets). The files
 * belong to the layout's and the target's rows, so a rename keeps them and a delete of either forgets them.
 */
public final class PublishRunStore {
    /** Runs kept; older ones are dropped as new ones arrive. */
    public static final int KEEP = 1000;
    private final Database db;

    public PublishRunStore(Database db) {
        this.db = db;
    }

    public void record(PublishRun run) {
        db.tx(c -> {
            SourceStore.exec(c, "INSERT INTO publish_runs(at, layout, target, generation, outcome, started_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", run.at().toString(), run.layout(), run.target(), run.generation(),
                    run.outcome(), run.startedBy());
            long runId;
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                runId = rs.getLong(1);
            }
            int position = 0;
            for (PublishedFile f : run.files()) {
                SourceStore.exec(c, "INSERT INTO publish_run_files(run_id, position, name, size, uploaded, share_link) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", runId, position++, f.name(), f.size(), f.uploaded() ? 1 : 0,
                        f.shareLink());
            }
            SourceStore.exec(c, "DELETE FROM publish_run_files WHERE run_id <= (SELECT MAX(id) FROM publish_runs) - ?", KEEP);
            return SourceStore.exec(c, "DELETE FROM publish_runs WHERE id <= (SELECT MAX(id) FROM publish_runs) - ?", KEEP);
        });
    }

    /** The newest {@code limit} runs, newest first, each with the files it published. */
    public List<PublishRun> recent(int limit) {
        return db.read(c -> {
            List<PublishRun> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, layout, target, generation, outcome, started_by "
                    + "FROM publish_runs ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PublishRun(Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                                rs.getLong(5), rs.getString(6), rs.getString(7), runFiles(c, rs.getLong(1))));
                    }
                }
            }
            return out;
        });
    }

    private static List<PublishedFile> runFiles(java.sql.Connection c, long runId) throws java.sql.SQLException {
        List<PublishedFile> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, size, uploaded, share_link FROM publish_run_files "
                + "WHERE run_id = ? ORDER BY position")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PublishedFile(rs.getString(1), rs.getLong(2), rs.getInt(3) != 0, rs.getString(4)));
                }
            }
        }
        return out;
    }

    /**
     * Replaces the files of {@code layout}'s last publish to {@code target} (an unknown layout or target:
     * {@link IllegalArgumentException}); what it published to other targets stays.
     */
    public void publishedFiles(String layout, String target, List<PublishedFile> files) {
        db.tx(c -> {
            long id = layoutId(c, layout);
            long targetId = targetId(c, target);
            SourceStore.exec(c, "DELETE FROM published_files WHERE layout_id = ? AND target_id = ?", id, targetId);
            int position = 0;
            for (PublishedFile f : files) {
                SourceStore.exec(c, "INSERT INTO published_files(layout_id, target_id, position, name, size, uploaded, "
                        + "share_link) VALUES (?, ?, ?, ?, ?, ?, ?)", id, targetId, position++, f.name(), f.size(),
                        f.uploaded() ? 1 : 0, f.shareLink());
            }
            return null;
        });
    }

    /**
     * The files of {@code layout}'s last publish to {@code target}, in publish order; empty before the first
     * (or no such layout or target).
     */
    public List<PublishedFile> publishedFiles(String layout, String target) {
        return files("SELECT f.name, f.size, f.uploaded, f.share_link FROM published_files f "
                + "JOIN layouts l ON l.id = f.layout_id JOIN targets t ON t.id = f.target_id "
                + "WHERE l.name = ? AND t.name = ? ORDER BY f.position", layout, target);
    }

    /**
     * The files of {@code layout}'s newest publish, to whichever target (what a plain output names when no
     * target is in view); empty before the first. Each publish replaces its target's rows, so the newest rows
     * are those of the newest publish.
     */
    public List<PublishedFile> publishedFiles(String layout) {
        return files("SELECT f.name, f.size, f.uploaded, f.share_link FROM published_files f "
                + "JOIN layouts l ON l.id = f.layout_id WHERE l.name = ? AND f.target_id = (SELECT g.target_id "
                + "FROM published_files g WHERE g.layout_id = l.id ORDER BY g.rowid DESC LIMIT 1) ORDER BY f.position",
                layout);
    }

    /**
     * When {@code layout} last went out to {@code target} and with which generation (the folder's), as the
     * run log remembers it; empty when it has no such run (never, or before a rename or beyond {@value #KEEP}).
     */
    public java.util.Optional<PublishRun> lastPublished(String layout, String target) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, generation, outcome, started_by FROM publish_runs "
                    + "WHERE layout = ? AND target = ? AND generation > 0 ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, layout);
                ps.setString(2, target);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new PublishRun(Instant.parse(rs.getString(1)), layout,
                            target, rs.getLong(2), rs.getString(3), rs.getString(4), List.of()))
                            : java.util.Optional.<PublishRun>empty();
                }
            }
        });
    }

    /** The layouts whose last publish to {@code target} is on record, in the layouts' order. */
    public List<String> layoutsPublishedTo(String target) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.name FROM layouts l WHERE EXISTS (SELECT 1 "
                    + "FROM published_files f JOIN targets t ON t.id = f.target_id WHERE f.layout_id = l.id "
                    + "AND t.name = ?) ORDER BY l.name COLLATE NOCASE")) {
                ps.setString(1, target);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    private List<PublishedFile> files(String sql, String... args) {
        return db.read(c -> {
            List<PublishedFile> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PublishedFile(rs.getString(1), rs.getLong(2), rs.getInt(3) != 0, rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    private static long targetId(java.sql.Connection c, String target) throws java.sql.SQLException {
        return idByName(c, "targets", "target", target);
    }

    private static long layoutId(java.sql.Connection c, String layout) throws java.sql.SQLException {
        return idByName(c, "layouts", "layout", layout);
    }

    /** The id of the row of {@code table} (layouts or targets) named {@code name}; none: an error naming the list. */
    private static long idByName(java.sql.Connection c, String table, String what, String name)
            throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no " + what + " named \"" + name + "\" (see: lineup " + what
                            + " list)");
                }
                return rs.getLong(1);
            }
        }
    }
}
