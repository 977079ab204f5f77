package dev.lineup.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Times as a user reads them: in the computer's time zone, to the minute, never raw UTC ISO, and relative ages
 * ("2 min ago", "in 40 s") that a screen recomputes each second so they tick. One form everywhere a time is
 * shown, {@link #dayWithAge}: "today 03:17 (2 min ago)".
 */
public final class LocalTimes {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private LocalTimes() {
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

    /**
     * A time on a screen that lists times: "today 01:49", "yesterday 23:10", else "4 Dec 2026, 18:02", in the
     * computer's zone, with its age: "today 01:49 (3 min ago)".
     */
    public static String dayWithAge(Instant t, Instant now) {
        return Texts.get("time.withAge", day(t, now), relative(t, now));
    }

    /** "today 01:49", "yesterday 23:10" or "4 Dec 2026, 18:02" as seen at {@code now}. */
    public static String day(Instant t, Instant now) {
        ZoneId zone = ZoneId.systemDefault();
        java.time.ZonedDateTime at = t.atZone(zone);
        java.time.LocalDate today = now.atZone(zone).toLocalDate();
        String clock = CLOCK.format(at);
        if (at.toLocalDate().equals(today)) {
            return Texts.get("time.today", clock);
        }
        if (at.toLocalDate().equals(today.minusDays(1))) {
            return Texts.get("time.yesterday", clock);
        }
        if (at.toLocalDate().equals(today.plusDays(1))) {
            return Texts.get("time.tomorrow", clock);
        }
        return Texts.get("time.date", DATE.format(at), clock);
    }
}
