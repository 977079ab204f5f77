package dev.lineup.store;

import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.StreamKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Source channels. Their {@code id} is the stable identity a layout refers to ({@code sc:ID}, see
 * {@link SourceChannel#ref()}): a refresh updates a recognised channel's row in place instead of
 * replacing it, so every layout edit pointing at it survives renames, token rotation and group moves.
 */
public final class ChannelStore {
    static final String COLS = "id, source_id, kind, position, name, group_name, url, url_suffix, tvg_id, tvg_name, "
            + "logo, stream_id, extension, duration, attrs_json, extra_json, removed_at";
    private static final int PROGRESS_EVERY = 1000;
    private final Database db;

    public ChannelStore(Database db) {
        this.db = db;
    }

    /** Channels of a source in provider order; removed ones (kept for their edits) only if asked. */
    public List<SourceChannel> channels(long sourceId, boolean includeRemoved) {
        return select("WHERE source_id = ?" + (includeRemoved ? "" : " AND removed_at IS NULL") + " ORDER BY position",
                sourceId);
    }

    public Optional<SourceChannel> channel(long id) {
        return select("WHERE id = ?", id).stream().findFirst();
    }

    /** Channels by internal id, for resolving a layout ({@code sc:ID} keys); missing ids are absent. */
    public Map<Long, SourceChannel> byIds(List<Long> ids) {
        Map<Long, SourceChannel> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            for (SourceChannel ch : select("WHERE id IN (" + marks + ")", chunk.toArray())) {
                out.put(ch.id(), ch);
            }
        }
        return out;
    }

    /**
     * The id and group of every active channel of a source, in provider order, streamed: what making a
     * layout of a whole source needs, without reading (and holding) each channel's full row.
     */
    public void forEachActiveGroup(long sourceId, ChannelGroupSink sink) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, group_name, kind FROM source_channels "
                    + "WHERE source_id = ? AND removed_at IS NULL ORDER BY position")) {
                ps.setLong(1, sourceId);
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getLong(1), rs.getString(2), StreamKind.fromWord(rs.getString(3)));
                    }
                }
            }
            return null;
        });
    }

    /** Receives one channel's id, group and kind (live, film, series) ({@link #forEachActiveGroup}). */
    @FunctionalInterface
    public interface ChannelGroupSink {
        void accept(long id, String group, StreamKind kind);
    }

    /** Active and removed channel counts of a source: {@code [active, removed]}. */
    public int[] counts(long sourceId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT SUM(removed_at IS NULL), SUM(removed_at IS NOT NULL) "
                    + "FROM source_channels WHERE source_id = ?")) {
                ps.setLong(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new int[] {rs.getInt(1), rs.getInt(2)};
                }
            }
        });
    }

    /** Streams the identity data of every stored channel of a source (removed ones included). */
    public void forEachIdentity(long sourceId, Consumer<IdentityRow> sink) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, position, fingerprint, removed_at IS NOT NULL, "
                    + "key_stream, key_tvg, key_name, key_url, tvg_id, name, group_name, url FROM source_channels "
                    + "WHERE source_id = ? ORDER BY position")) {
                ps.setLong(1, sourceId);
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new IdentityRow(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4) != 0,
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11), rs.getString(12)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Writes one refresh in a single transaction: either every change is in the database afterwards or
     * none is (a crash or kill half-way leaves the previous state). {@code rowsWritten} is told the
     * running count every 1000 rows. Returns the number of purged channels.
     */
    public int applyRefresh(RefreshChanges ch, IntConsumer rowsWritten) {
        return db.tx(c -> {
            writeCategories(c, ch.sourceId(), ch.categories());
            String at = ch.at().toString();
            int[] written = {0};
            try (PreparedStatement up = c.prepareStatement("UPDATE source_channels SET kind=?, position=?, name=?, "
                    + "group_name=?, url=?, url_suffix=?, tvg_id=?, tvg_name=?, logo=?, stream_id=?, extension=?, "
                    + "duration=?, attrs_json=?, extra_json=?, key_stream=?, key_tvg=?, key_name=?, key_url=?, "
                    + "fingerprint=?, removed_at=NULL WHERE id=? AND source_id=?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO source_channels(kind, position, name, "
                    + "group_name, url, url_suffix, tvg_id, tvg_name, logo, stream_id, extension, duration, attrs_json, "
                    + "extra_json, key_stream, key_tvg, key_name, key_url, fingerprint, first_seen, source_id) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ch.writes().writeTo(new RefreshChanges.ChannelWriter() {
                    // Each statement's batch is sent every PROGRESS_EVERY of its own rows, so neither grows unbounded.
                    private int updates;
                    private int inserts;

                    @Override
                    public void update(IncomingChannel in) {
                        batch(up, in, in.channel().id(), ++updates);
                    }

                    @Override
                    public void insert(IncomingChannel in) {
                        batch(ins, in, at, ++inserts);
                    }

                    private void batch(PreparedStatement ps, IncomingChannel in, Object p20, int pending) {
                        try {
                            bind(ps, in);
                            ps.setObject(20, p20);
                            ps.setLong(21, ch.sourceId());
                            ps.addBatch();
                            if (pending % PROGRESS_EVERY == 0) {
                                ps.executeBatch();
                            }
                            if (++written[0] % PROGRESS_EVERY == 0) {
                                rowsWritten.accept(written[0]);
                            }
                        } catch (SQLException e) {
                            throw new StoreException("database error: " + e.getMessage(), e);
                        }
                    }
                });
                up.executeBatch();
                ins.executeBatch();
            }
            try (PreparedStatement rm = c.prepareStatement(
                    "UPDATE source_channels SET removed_at = ? WHERE id = ? AND source_id = ? AND removed_at IS NULL")) {
                for (long id : ch.removeIds()) {
                    rm.setString(1, at);
                    rm.setLong(2, id);
                    rm.setLong(3, ch.sourceId());
                    rm.addBatch();
                    written[0] = tick(rm, written[0] + 1, rowsWritten);
                }
                rm.executeBatch();
            }
            int purged = SourceStore.exec(c, "DELETE FROM source_channels WHERE source_id = ? AND removed_at < ?",
                    ch.sourceId(), ch.purgeBefore().toString());
            SourceStore.exec(c, "UPDATE sources SET last_refresh = ?, last_status = 'ok', account_json = ? WHERE id = ?",
                    at, ch.account() == null ? null : Json.write(ch.account()), ch.sourceId());
            rowsWritten.accept(written[0]);
            return purged;
        });
    }

    private static int tick(PreparedStatement ps, int written, IntConsumer rowsWritten) throws SQLException {
        if (written % PROGRESS_EVERY == 0) {
            ps.executeBatch();
            rowsWritten.accept(written);
        }
        return written;
    }

    private static void bind(PreparedStatement ps, IncomingChannel in) throws SQLException {
        SourceChannel s = in.channel();
        StoredKeys k = in.keys();
        ps.setString(1, s.kind().word());
        ps.setInt(2, s.position());
        ps.setString(3, s.name());
        ps.setString(4, s.group());
        ps.setString(5, s.url());
        ps.setString(6, s.urlSuffix());
        ps.setString(7, s.tvgId());
        ps.setString(8, s.tvgName());
        ps.setString(9, s.logo());
        ps.setString(10, s.streamId());
        ps.setString(11, s.extension());
        ps.setString(12, s.duration());
        ps.setString(13, Json.attrs(s.attributes()));
        ps.setString(14, Json.strings(s.extraLines()));
        ps.setString(15, k.stream());
        ps.setString(16, k.tvg());
        ps.setString(17, k.name());
        ps.setString(18, k.url());
        ps.setLong(19, in.fingerprint());
    }

    /** Replaces the category list, keeping the enabled flag of categories that stay (by kind and name). */
    private static void writeCategories(Connection c, long sourceId, List<SourceCategory> cats) throws SQLException {
        Map<String, Boolean> enabled = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, name, enabled FROM categories WHERE source_id = ?")) {
            ps.setLong(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    enabled.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getInt(3) != 0);
                }
            }
        }
        SourceStore.exec(c, "DELETE FROM categories WHERE source_id = ?", sourceId);
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO categories(source_id, kind, external_id, "
                + "name, position, enabled) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pos = 0;
            for (SourceCategory cat : cats) {
                ps.setLong(1, sourceId);
                ps.setString(2, cat.kind().word());
                ps.setString(3, cat.externalId());
                ps.setString(4, cat.name());
                ps.setInt(5, pos++);
                ps.setInt(6, enabled.getOrDefault(cat.kind().word() + "\u0000" + cat.name(), cat.enabled()) ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<SourceChannel> select(String where, Object... args) {
        return db.read(c -> {
            List<SourceChannel> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLS + " FROM source_channels " + where)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    static SourceChannel row(ResultSet rs) throws SQLException {
        String removed = rs.getString(17);
        return new SourceChannel(rs.getLong(1), rs.getLong(2), StreamKind.fromWord(rs.getString(3)), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), Json.attrs(rs.getString(15)),
                Json.strings(rs.getString(16)), removed == null ? null : Instant.parse(removed));
    }
}
