package dev.lineup.sync.dropbox;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The provider's clock as last seen in an HTTP {@code Date} header, advanced by local elapsed time.
 * Lease staleness is judged by it, so two computers with skewed clocks still agree.
 */
final class ServerClock {
    private volatile Instant seen;
    private volatile long seenAtNanos;

    void observe(String dateHeader) {
        if (dateHeader == null) {
            return;
        }
        try {
            Instant t = ZonedDateTime.parse(dateHeader, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            seenAtNanos = System.nanoTime();
            seen = t;
        } catch (DateTimeParseException e) {
            // A proxy with a broken Date header must not break publishing; keep the last good value.
        }
    }

    Instant now() {
        Instant s = seen;
        if (s == null) {
            return Instant.now();
        }
        return s.plusNanos(System.nanoTime() - seenAtNanos);
    }
}
