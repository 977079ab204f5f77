package dev.lineup.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Versioned schema. Each entry of {@link #STEPS} is applied once, in order, in its own transaction,
 * and recorded in {@code schema_version}. Never edit a released step: append a new one.
 */
final class Migrations {
    /** One schema step: SQL statements, then (optionally) code that moves data into what they made. */
    record Step(String sql, SqlWork<?> data) {
        static Step sql(String sql) {
            return new Step(sql, null);
        }
    }

    static final List<Step> STEPS = List.of(
            // 1: everything of the first release
            Step.sql("""
            CREATE TABLE installation (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
                location TEXT, username TEXT, ignore_vod INTEGER NOT NULL DEFAULT 0,
                ignore_series INTEGER NOT NULL DEFAULT 0, last_refresh TEXT, last_status TEXT,
                account_json TEXT, guide_file TEXT, created_at TEXT NOT NULL);
            CREATE TABLE categories (id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                kind TEXT NOT NULL, external_id TEXT, name TEXT NOT NULL, position INTEGER NOT NULL,
                enabled INTEGER NOT NULL DEFAULT 1, UNIQUE (source_id, kind, name));
            CREATE TABLE source_channels (id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                kind TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, group_name TEXT,
                url TEXT, url_suffix TEXT, tvg_id TEXT, tvg_name TEXT, logo TEXT, stream_id TEXT,
                extension TEXT, duration TEXT, attrs_json TEXT, extra_json TEXT,
                key_stream TEXT, key_tvg TEXT, key_name TEXT, key_url TEXT, fingerprint INTEGER NOT NULL,
                first_seen TEXT NOT NULL, removed_at TEXT);
            CREATE INDEX source_channels_by_source ON source_channels(source_id, position);
            CREATE TABLE guide_channels (source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                channel_id TEXT NOT NULL, position INTEGER NOT NULL, names_json TEXT NOT NULL,
                icons_json TEXT NOT NULL, PRIMARY KEY (source_id, channel_id));
            CREATE TABLE layouts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
                guide_days_back INTEGER, guide_days_ahead INTEGER, gzip_guide INTEGER NOT NULL,
                plain_guide INTEGER NOT NULL, updated_at TEXT NOT NULL);
            CREATE TABLE layout_groups (id INTEGER PRIMARY KEY,
                layout_id INTEGER NOT NULL REFERENCES layouts(id) ON DELETE CASCADE,
                position INTEGER NOT NULL, name TEXT NOT NULL, hidden INTEGER NOT NULL);
            CREATE INDEX layout_groups_by_layout ON layout_groups(layout_id, position);
            CREATE TABLE layout_channels (id INTEGER PRIMARY KEY,
                group_id INTEGER NOT NULL REFERENCES layout_groups(id) ON DELETE CASCADE,
                position INTEGER NOT NULL, source_key TEXT NOT NULL, name TEXT, number INTEGER, logo TEXT,
                tvg_id TEXT, guide_channel TEXT, shift_hours REAL NOT NULL, hidden INTEGER NOT NULL,
                catchup INTEGER NOT NULL);
            CREATE INDEX layout_channels_by_group ON layout_channels(group_id, position);
            CREATE TABLE targets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
                config_json TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE problems (id INTEGER PRIMARY KEY, at TEXT NOT NULL, target TEXT, kind TEXT NOT NULL,
                summary TEXT NOT NULL, facts_json TEXT NOT NULL);
            CREATE INDEX problems_by_time ON problems(at);
            """),
            // 2: per-layout state, the run log and published files out of the settings table (LayoutStateMigration)
            new Step("""
            ALTER TABLE layouts ADD COLUMN target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL;
            ALTER TABLE layouts ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE layouts ADD COLUMN last_published TEXT;
            ALTER TABLE layouts ADD COLUMN rules_json TEXT;
            ALTER TABLE layouts ADD COLUMN auto_match_guides INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE published_files (layout_id INTEGER NOT NULL REFERENCES layouts(id) ON DELETE CASCADE,
                position INTEGER NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, uploaded INTEGER NOT NULL,
                share_link TEXT, PRIMARY KEY (layout_id, position));
            CREATE TABLE publish_runs (id INTEGER PRIMARY KEY, at TEXT NOT NULL, layout TEXT NOT NULL, target TEXT,
                generation INTEGER NOT NULL, outcome TEXT NOT NULL);
            CREATE INDEX publish_runs_by_time ON publish_runs(at);
            ALTER TABLE problems ADD COLUMN target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL;
            UPDATE problems SET target_id = (SELECT t.id FROM targets t WHERE t.name = problems.target)
            """, LayoutStateMigration::moveOutOfSettings),
            // 3: who started each run (desktop, command line, schedule) and the files it published, for History
            Step.sql("""
            ALTER TABLE publish_runs ADD COLUMN started_by TEXT;
            CREATE TABLE publish_run_files (run_id INTEGER NOT NULL REFERENCES publish_runs(id) ON DELETE CASCADE,
                position INTEGER NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, uploaded INTEGER NOT NULL,
                share_link TEXT, PRIMARY KEY (run_id, position));
            """),
            // 4: time shift and catch-up at every level (LayoutTimingRows): a channel's own (null = inherit;
            // the old shift 0 and catch-up 1 meant "nothing set", catch-up 0 meant off), its group's, per
            // source and playlist-wide
            Step.sql("""
            ALTER TABLE layout_channels ADD COLUMN own_shift_hours REAL;
            ALTER TABLE layout_channels ADD COLUMN catchup_mode TEXT;
            ALTER TABLE layout_channels ADD COLUMN catchup_days INTEGER;
            ALTER TABLE layout_channels ADD COLUMN catchup_type TEXT;
            ALTER TABLE layout_channels ADD COLUMN catchup_source TEXT;
            UPDATE layout_channels SET own_shift_hours = CASE WHEN shift_hours = 0 THEN NULL ELSE shift_hours END,
                catchup_mode = CASE WHEN catchup = 0 THEN 'off' END;
            ALTER TABLE layout_groups ADD COLUMN shift_hours REAL;
            ALTER TABLE layout_groups ADD COLUMN catchup_mode TEXT;
            ALTER TABLE layout_groups ADD COLUMN catchup_days INTEGER;
            ALTER TABLE layout_groups ADD COLUMN catchup_type TEXT;
            ALTER TABLE layout_groups ADD COLUMN catchup_source TEXT;
            ALTER TABLE layouts ADD COLUMN shift_hours REAL;
            ALTER TABLE layouts ADD COLUMN catchup_mode TEXT;
            ALTER TABLE layouts ADD COLUMN catchup_days INTEGER;
            ALTER TABLE layouts ADD COLUMN catchup_type TEXT;
            ALTER TABLE layouts ADD COLUMN catchup_source TEXT;
            CREATE TABLE layout_source_timing (layout_id INTEGER NOT NULL REFERENCES layouts(id) ON DELETE CASCADE,
                source_name TEXT NOT NULL, shift_hours REAL, catchup_mode TEXT, catchup_days INTEGER,
                catchup_type TEXT, catchup_source TEXT, PRIMARY KEY (layout_id, source_name));
            """),
            // 5: each layout's output file base name, chosen once so a rename keeps its player URLs (LayoutFileNames)
            new Step("ALTER TABLE layouts ADD COLUMN file_name TEXT", LayoutFileNames::fillFromNames),
            // 6: a playlist source's header catch-up and time shift defaults (JSON attributes; null = none read yet)
            Step.sql("ALTER TABLE sources ADD COLUMN header_defaults TEXT"),
            // 7: every source refresh with the entries it skipped, for History and "Last refresh" after a restart
            Step.sql("""
            CREATE TABLE refresh_runs (id INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL,
                ok INTEGER NOT NULL, outcome TEXT NOT NULL, skipped TEXT NOT NULL);
            CREATE INDEX refresh_runs_by_time ON refresh_runs(at);
            """),
            // 8: placeholder programmes per layout, off for new layouts; every layout made before had them (the
            // then global default), so each keeps them and no published guide changes by the upgrade
            Step.sql("""
            ALTER TABLE layouts ADD COLUMN placeholder_guides INTEGER NOT NULL DEFAULT 0;
            UPDATE layouts SET placeholder_guides = 1
            """),
            // 9: problems get fixed (ProblemStore.fixed): what was fixed, how and when, for History. A problem
            // recorded before this step counts as settled (fix_id 0): an old one never shows a late "fixed" row.
            Step.sql("""
            CREATE TABLE problem_fixes (id INTEGER PRIMARY KEY, at TEXT NOT NULL, target TEXT NOT NULL,
                kinds TEXT NOT NULL, how TEXT NOT NULL);
            CREATE INDEX problem_fixes_by_time ON problem_fixes(at);
            ALTER TABLE problems ADD COLUMN fix_id INTEGER;
            UPDATE problems SET fix_id = 0
            """),
            // 10: published files (and so the guide link a playlist names) per layout and target: a layout published
            // to two folders names each folder's own guide. A row made before belongs to the target of the layout's
            // newest publish that went out, else to the layout's chosen target; one of a target since removed goes.
            Step.sql("""
            CREATE TABLE published_files_per_target (
                layout_id INTEGER NOT NULL REFERENCES layouts(id) ON DELETE CASCADE,
                target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
                position INTEGER NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, uploaded INTEGER NOT NULL,
                share_link TEXT, PRIMARY KEY (layout_id, target_id, position));
            INSERT INTO published_files_per_target(layout_id, target_id, position, name, size, uploaded, share_link)
                SELECT f.layout_id, COALESCE((SELECT t.id FROM publish_runs r JOIN targets t ON t.name = r.target
                    WHERE r.layout = l.name AND r.generation > 0 ORDER BY r.id DESC LIMIT 1), l.target_id),
                    f.position, f.name, f.size, f.uploaded, f.share_link
                FROM published_files f JOIN layouts l ON l.id = f.layout_id
                WHERE COALESCE((SELECT t.id FROM publish_runs r JOIN targets t ON t.name = r.target
                    WHERE r.layout = l.name AND r.generation > 0 ORDER BY r.id DESC LIMIT 1), l.target_id) IS NOT NULL;
            DROP TABLE published_files;
            ALTER TABLE published_files_per_target RENAME TO published_files
            """));

    private Migrations() {
    }

    static int latest() {
        return STEPS.size();
    }

    /** Applies {@link #STEPS} after {@code from}. */
    static void apply(Connection c, int from) throws SQLException {
        apply(c, from, STEPS);
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Applies the steps after {@code from}, each in its own transaction. */
    static void apply(Connection c, int from, List<Step> steps) throws SQLException {
        for (int v = from + 1; v <= steps.size(); v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                Step step = steps.get(v - 1);
                for (String sql : step.sql().split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                if (step.data() != null) {
                    step.data().run(c);
                }
                s.execute("INSERT INTO schema_version(version, applied_at) VALUES (" + v + ", '" + Instant.now() + "')");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
