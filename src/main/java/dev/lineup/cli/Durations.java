package dev.lineup.cli;

import java.time.Duration;
import java.util.Locale;

/** Durations as typed on the command line: {@code 90s}, {@code 10m}, {@code 2h}, or plain seconds. */
final class Durations {
    private Durations() {
    }

    static Duration parse(String option, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.matches("\\d{1,6}[smh]?")) {
            throw new UserError(option + " must be a duration such as 90s, 10m or 2h, not \"" + text + "\"");
        }
        char unit = Character.isDigit(t.charAt(t.length() - 1)) ? 's' : t.charAt(t.length() - 1);
        long n = Long.parseLong(unit == 's' && Character.isDigit(t.charAt(t.length() - 1)) ? t : t.substring(0, t.length() - 1));
        Duration d = switch (unit) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw new UserError(option + " must be longer than zero");
        }
        return d;
    }
}
