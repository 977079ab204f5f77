package dev.lineup.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema step 2's data part: moves what earlier versions kept in settings keys into typed places — each
 * {@code layout.NAME.target|generation|last-published|rules|auto-match-guides} into the layout's row,
 * {@code layout.NAME.files} into {@code published_files}, the run log {@code publish.runs} into
 * {@code publish_runs}. A key is deleted only once its value is in its new place; a value that cannot be read
 * (or a key of a layout that no longer exists) stays in the settings table as it was, so nothing is lost.
 * Runs inside the step's transaction, after the backup {@link Database} makes before migrating.
 */
final class LayoutStateMigration {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutStateMigration.class);
    /** Decimals as BigDecimal: an instant's nanoseconds do not fit a double. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private LayoutStateMigration() {
    }

    static Void moveOutOfSettings(Connection c) throws SQLException {
        Map<String, Long> layouts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, id FROM layouts"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                layouts.put(rs.getString(1), rs.getLong(2));
            }
        }
        int moved = 0;
        for (Map.Entry<String, Long> l : layouts.entrySet()) {
            moved += moveLayout(c, l.getKey(), l.getValue());
        }
        moved += moveRuns(c);
        LOG.info("moved {} per-layout and history settings into their tables", moved);
        return null;
    }

    private static int moveLayout(Connection c, String name, long id) throws SQLException {
        int moved = 0;
        String prefix = "layout." + name + ".";
        String target = setting(c, prefix + "target");
        if (target != null) {
            Long targetId = LayoutStateStore.targetId(c, target.strip()).orElse(null);
            moved += targetId != null && set(c, id, "target_id", targetId, prefix + "target") ? 1 : 0;
        }
        String generation = setting(c, prefix + "generation");
        if (generation != null && generation.strip().matches("\\d{1,18}")) {
            moved += set(c, id, "generation", Long.parseLong(generation.strip()), prefix + "generation") ? 1 : 0;
        }
        Instant at = instant(setting(c, prefix + "last-published"));
        if (at != null) {
            moved += set(c, id, "last_published", at.toString(), prefix + "last-published") ? 1 : 0;
        }
        String rules = setting(c, prefix + "rules");
        if (rules != null) {
            moved += set(c, id, "rules_json", rules.isBlank() ? null : rules, prefix + "rules") ? 1 : 0;
        }
        String auto = setting(c, prefix + "auto-match-guides");
        if (auto != null && auto.strip().matches("(?i)true|false")) {
            moved += set(c, id, "auto_match_guides", auto.strip().equalsIgnoreCase("true") ? 1 : 0,
                    prefix + "auto-match-guides") ? 1 : 0;
        }
        JsonNode files = array(setting(c, prefix + "files"));
        if (files != null) {
            int position = 0;
            for (JsonNode f : files) {
                SourceStore.exec(c, "INSERT INTO published_files(layout_id, position, name, size, uploaded, share_link) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", id, position++, f.path("name").asText(), f.path("size").asLong(),
                        f.path("uploaded").asBoolean() ? 1 : 0, f.hasNonNull("shareLink") ? f.get("shareLink").asText() : null);
            }
            moved += delete(c, prefix + "files");
        }
        return moved;
    }

    /** {@code publish.runs} was newest first; rows go in oldest first, so the newest has the highest id. */
    private static int moveRuns(Connection c) throws SQLException {
        JsonNode runs = array(setting(c, "publish.runs"));
        if (runs == null) {
            return 0;
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            JsonNode r = runs.get(i);
            Instant at = at(r.path("at"));
            SourceStore.exec(c, "INSERT INTO publish_runs(at, layout, target, generation, outcome) VALUES (?, ?, ?, ?, ?)",
                    (at == null ? Instant.EPOCH : at).toString(), r.path("layout").asText(""),
                    r.hasNonNull("target") ? r.get("target").asText() : null, r.path("generation").asLong(),
                    r.path("outcome").asText(""));
        }
        return delete(c, "publish.runs");
    }

    /** Jackson wrote an Instant as decimal seconds ({@code 1764412800.123456789}) or, if so configured, as ISO text. */
    static Instant at(JsonNode n) {
        if (n.isNumber()) {
            BigDecimal seconds = n.decimalValue();
            long whole = seconds.longValue();
            return Instant.ofEpochSecond(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue());
        }
        return instant(n.isTextual() ? n.asText() : null);
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static JsonNode array(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(json);
            return n != null && n.isArray() ? n : null;
        } catch (IOException e) {
            LOG.warn("left an unreadable remembered list in the settings: {}", e.getMessage());
            return null;
        }
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean set(Connection c, long layoutId, String column, Object value, String key) throws SQLException {
        SourceStore.exec(c, "UPDATE layouts SET " + column + " = ? WHERE id = ?", value, layoutId);
        return delete(c, key) > 0;
    }

    private static int delete(Connection c, String key) throws SQLException {
        return SourceStore.exec(c, "DELETE FROM settings WHERE key = ?", key);
    }
}
