package dev.lineup.store;

import dev.lineup.model.HttpOptions;
import dev.lineup.model.LayoutState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ordinary settings (key/value, never secrets). Known keys have defaults and are validated on
 * {@link #set}; other keys (e.g. set by a newer feature) are stored as given.
 */
public final class Settings {
    public static final String BACKUP_KEEP = "backup.keep";
    public static final String REMOVED_KEEP_DAYS = "source.removed-keep-days";
    public static final String HTTP_USER_AGENT = "http.user-agent";
    public static final String HTTP_CONNECT_TIMEOUT = "http.connect-timeout-seconds";
    public static final String HTTP_READ_TIMEOUT = "http.read-timeout-seconds";
    /** Base time a download may take (seconds); one more second is allowed per MB received. */
    public static final String DOWNLOAD_DEADLINE = "http.download-deadline-seconds";
    /** Slowest average rate (bytes/s) tolerated over {@link #MIN_RATE_WINDOW}; 0 turns the check off. */
    public static final String MIN_RATE = "http.min-rate-bytes-per-second";
    public static final String MIN_RATE_WINDOW = "http.min-rate-window-seconds";
    /** Size caps, counted on decoded bytes (a gzip body that expands past them is stopped). */
    public static final String MAX_PLAYLIST_MB = "source.max-playlist-mb";
    public static final String MAX_GUIDE_MB = "source.max-guide-mb";
    public static final String XTREAM_LIVE_FORMAT = "xtream.live-format";
    public static final String LEASE_TTL = "lease.ttl-seconds";
    public static final String DUMMY_BLOCK_MINUTES = "guide.dummy.block-minutes";
    public static final String EPG_AUTO_APPLY = "epg.auto-apply-threshold";
    public static final String SCHEDULE_INTERVAL = "schedule.interval-minutes";
    /** Target that scheduled runs publish every layout to; unset means scheduled runs only output. */
    public static final String SCHEDULE_PUBLISH_TARGET = "schedule.publish-target";
    /** How long a scheduled run waits in all for a folder another installation is publishing to (e.g. 10m). */
    public static final String SCHEDULE_BUSY_WAIT = "schedule.busy-wait";
    /** How long a publish keeps retrying a provider's rate limits by itself before showing them (e.g. 5m). */
    public static final String RATE_LIMIT_WAIT = "publish.rate-limit-wait";
    /** "false" skips loading each published link as a player would after a publish (on by default). */
    public static final String CHECK_LINKS = "publish.check-links";

    /** Defaults of the known keys; integer-valued ones are validated as positive integers. */
    public static final Map<String, String> DEFAULTS = defaults();

    private final Database db;
    private final LayoutStateStore layoutState;

    public Settings(Database db) {
        this.db = db;
        this.layoutState = new LayoutStateStore(db);
    }

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(BACKUP_KEEP, "10");
        m.put(REMOVED_KEEP_DAYS, "30");
        m.put(HTTP_USER_AGENT, HttpOptions.DEFAULTS.userAgent());
        m.put(HTTP_CONNECT_TIMEOUT, Long.toString(HttpOptions.DEFAULTS.connectTimeout().toSeconds()));
        m.put(HTTP_READ_TIMEOUT, Long.toString(HttpOptions.DEFAULTS.readTimeout().toSeconds()));
        m.put(DOWNLOAD_DEADLINE, "600");
        m.put(MIN_RATE, "1024");
        m.put(MIN_RATE_WINDOW, "60");
        m.put(MAX_PLAYLIST_MB, "2048");
        m.put(MAX_GUIDE_MB, "8192");
        m.put(XTREAM_LIVE_FORMAT, "ts");
        m.put(LEASE_TTL, "120");
        m.put(DUMMY_BLOCK_MINUTES, "60");
        m.put(EPG_AUTO_APPLY, "0.90");
        m.put(SCHEDULE_INTERVAL, "360");
        m.put(SCHEDULE_BUSY_WAIT, "10m");
        m.put(RATE_LIMIT_WAIT, "5m");
        m.put(CHECK_LINKS, "true");
        return Map.copyOf(m);
    }

    /**
     * The stored value, else the default, else empty. A layout's state ({@code layout.NAME.target} …) is read from
     * the layout's row when that layout exists ({@link LayoutStateStore}).
     */
    public Optional<String> get(String key) {
        Optional<LayoutStateKeys.Key> state = LayoutStateKeys.parse(key);
        if (state.isPresent()) {
            Optional<LayoutState> s = layoutState.get(state.get().layout());
            if (s.isPresent()) {
                return LayoutStateKeys.value(s.get(), state.get().field());
            }
        }
        Optional<String> stored = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return stored.isPresent() ? stored : Optional.ofNullable(DEFAULTS.get(key));
    }

    public int getInt(String key) {
        String v = get(key).orElseThrow(() -> new IllegalArgumentException("no setting " + key));
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return Integer.parseInt(DEFAULTS.get(key));
        }
    }

    /** The HTTP settings every client is built from (user agent, timeouts). */
    public HttpOptions httpOptions() {
        return new HttpOptions(get(HTTP_USER_AGENT).orElse(null), Duration.ofSeconds(getInt(HTTP_CONNECT_TIMEOUT)),
                Duration.ofSeconds(getInt(HTTP_READ_TIMEOUT)));
    }

    /** Stores a value; a known key must get a value inside its {@link SettingRanges range} ({@link IllegalArgumentException}). */
    public void set(String key, String value) {
        if (key == null || key.isBlank() || value == null) {
            throw new IllegalArgumentException("a setting needs a key and a value");
        }
        String def = DEFAULTS.get(key);
        if (def != null && def.matches("\\d+") && !value.trim().matches("\\d+")) {
            throw new IllegalArgumentException(key + " must be a whole number, not \"" + value + "\"");
        }
        String outOfRange = SettingRanges.problem(key, value);
        if (outOfRange != null) {
            throw new IllegalArgumentException(outOfRange);
        }
        Optional<LayoutStateKeys.Key> state = LayoutStateKeys.parse(key);
        if (state.isPresent() && layoutState.get(state.get().layout()).isPresent()) {
            LayoutStateKeys.write(layoutState, state.get(), value);
            return;
        }
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value.trim());
                return ps.executeUpdate();
            }
        });
    }

    /** Forgets a stored value (its default, if any, applies again); false when nothing was stored. */
    public boolean remove(String key) {
        Optional<LayoutStateKeys.Key> state = LayoutStateKeys.parse(key);
        if (state.isPresent()) {
            Optional<LayoutState> s = layoutState.get(state.get().layout());
            if (s.isPresent()) {
                boolean wasSet = LayoutStateKeys.value(s.get(), state.get().field()).isPresent();
                LayoutStateKeys.write(layoutState, state.get(), null);
                return wasSet;
            }
        }
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Every effective setting: defaults overlaid with stored values, sorted by key. */
    public Map<String, String> all() {
        Map<String, String> m = new TreeMap<>(DEFAULTS);
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM settings");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
                return null;
            }
        });
        LayoutStateKeys.addAll(layoutState, m);
        return m;
    }
}
