package dev.lineup.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Times as a user reads them: in the computer's time zone, to the minute or second, never raw UTC ISO, and
 * relative ages ("2 min ago", "in 40 s") that a screen recomputes each second so they tick.
 */
public final class LocalTimes {
    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private LocalTimes() {
    }

    /** "6 Dec 2026, 19:16:19" in the computer's zone. */
    public static String at(Instant t) {
        return MEDIUM.format(t.atZone(ZoneId.systemDefault()));
    }

    /** A length of time in words: "12 s", "4 min", "2 h 5 min", "3 d 1 h". */
    public static String span(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return Texts.get("age.seconds", s);
        }
        if (s < 3600) {
            return Texts.get("age.minutes", s / 60);
        }
        if (s < 86_400) {
            return Texts.get("age.hours", s / 3600, (s % 3600) / 60);
        }
        return Texts.get("age.days", s / 86_400, (s % 86_400) / 3600);
    }

    /** "12 s ago" for a time before {@code now}, "in 40 s" for one after it, "just now" within a second. */
    public static String relative(Instant t, Instant now) {
        Duration d = Duration.between(t, now);
        if (d.abs().toSeconds() < 1) {
            return Texts.get("age.now");
        }
        return d.isNegative() ? Texts.get("age.in", span(d.negated())) : Texts.get("age.ago", span(d));
    }

    /** "6 Dec 2026, 19:16:19 (2 min ago)". */
    public static String atWithAge(Instant t, Instant now) {
        return at(t) + " (" + relative(t, now) + ")";
    }
}
