package dev.lineup.service.common;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them on a command line or in a setting: {@code 90} (seconds), {@code 90s},
 * {@code 10m}, {@code 1h30m}, {@code 2m30s}; and back as "1m 40s" for countdowns.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

    private Durations() {
    }

    /** The duration {@code text} names; {@link IllegalArgumentException} saying what was expected otherwise. */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        if (!t.matches("(\\d{1,9}[hms])+")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration; expected e.g. 90s, 10m, 1h30m "
                    + "or a number of seconds");
        }
        Duration d = Duration.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return d;
    }

    /** e.g. "45 s", "1 min 40 s", "1 h 5 min": rounded up to whole seconds. */
    public static String format(Duration d) {
        long s = Math.max(0, (d.toMillis() + 999) / 1000);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        return (s / 3600) + " h" + (s % 3600 / 60 == 0 ? "" : " " + (s % 3600 / 60) + " min");
    }
}
