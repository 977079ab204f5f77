package dev.lineup.store;

import java.util.Map;

/**
 * The values each known setting accepts, checked before anything is stored, so that a value no run could use
 * (a 4-minute placeholder block, a 0-second timeout) is refused when it is typed, with the allowed range, and not
 * found later by a publish that then fails.
 */
public final class SettingRanges {
    /** A whole-number range; {@code offAllowed} also lets 0 through (the setting's "off"). */
    private record Range(long min, long max, boolean offAllowed, String unit) {
        String words() {
            String range = "a whole number from " + min + " to " + max + (unit.isEmpty() ? "" : " (" + unit + ")");
            return offAllowed ? "0 (off) or " + range : range;
        }

        boolean accepts(long v) {
            return (offAllowed && v == 0) || (v >= min && v <= max);
        }
    }

    private static final Map<String, Range> RANGES = Map.ofEntries(
            Map.entry(Settings.BACKUP_KEEP, new Range(1, 1000, false, "backups")),
            Map.entry(Settings.REMOVED_KEEP_DAYS, new Range(0, 3650, false, "days")),
            Map.entry(Settings.HTTP_CONNECT_TIMEOUT, new Range(1, 600, false, "seconds")),
            Map.entry(Settings.HTTP_READ_TIMEOUT, new Range(1, 3600, false, "seconds")),
            Map.entry(Settings.DOWNLOAD_DEADLINE, new Range(1, 86_400, false, "seconds")),
            Map.entry(Settings.MIN_RATE, new Range(0, 1_000_000_000, false, "bytes per second, 0 turns the check off")),
            Map.entry(Settings.MIN_RATE_WINDOW, new Range(1, 3600, false, "seconds")),
            Map.entry(Settings.MAX_PLAYLIST_MB, new Range(1, 65_536, false, "MB")),
            Map.entry(Settings.MAX_GUIDE_MB, new Range(1, 65_536, false, "MB")),
            Map.entry(Settings.LEASE_TTL, new Range(30, 3600, false, "seconds")),
            Map.entry(Settings.DUMMY_BLOCK_MINUTES, new Range(5, 1440, true, "minutes")),
            Map.entry(Settings.SCHEDULE_INTERVAL, new Range(5, 10_080, false, "minutes")));

    private SettingRanges() {
    }

    /** Null when {@code value} may be stored under {@code key}, else what is wrong and what is allowed, in words. */
    public static String problem(String key, String value) {
        String v = value == null ? "" : value.strip();
        Range r = RANGES.get(key);
        if (r != null) {
            if (!v.matches("\\d{1,12}") || !r.accepts(Long.parseLong(v))) {
                return key + " must be " + r.words() + ", not \"" + value + "\"";
            }
            return null;
        }
        if (key.equals(Settings.EPG_AUTO_APPLY)) {
            try {
                double t = Double.parseDouble(v);
                if (t >= 0 && t <= 1) {
                    return null;
                }
            } catch (NumberFormatException e) {
                // named below, with the allowed range
            }
            return key + " must be a number from 0 to 1 (e.g. 0.90), not \"" + value + "\"";
        }
        if (key.equals(Settings.XTREAM_LIVE_FORMAT)) {
            return v.equals("ts") || v.equals("m3u8") ? null : key + " must be ts or m3u8, not \"" + value + "\"";
        }
        return null;
    }

    /** The allowed values of a whole-number setting in words ("a whole number from 1 to 1000 (backups)"). */
    public static String allowed(String key) {
        Range r = RANGES.get(key);
        if (r == null) {
            throw new IllegalArgumentException("no range for " + key);
        }
        return r.words();
    }

    /** The lowest and highest value of the whole-number setting {@code key}, for a screen that words them itself. */
    public static long[] bounds(String key) {
        Range r = RANGES.get(key);
        if (r == null) {
            throw new IllegalArgumentException("no range for " + key);
        }
        return new long[] {r.min(), r.max()};
    }

    /** True when {@code value} is inside the range of the whole-number setting {@code key}. */
    public static boolean accepts(String key, long value) {
        Range r = RANGES.get(key);
        return r == null || r.accepts(value);
    }
}
