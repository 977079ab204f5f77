package dev.lineup.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A provider's clock as last seen in an HTTP {@code Date} header, advanced by local elapsed time since.
 * Lease staleness is judged by it, so two computers with skewed clocks still agree. Each provider feeds it
 * the {@code Date} header of every answer (Dropbox from an OkHttp interceptor, Drive from the Google
 * client's response interceptor).
 */
public final class ServerClock {
    private record Seen(Instant server, long nanos) {
    }

    private volatile Seen seen;

    /** Takes the time of one answer; a missing or malformed header keeps the last good reading. */
    public void observe(String dateHeader) {
        if (dateHeader == null) {
            return;
        }
        try {
            seen = new Seen(ZonedDateTime.parse(dateHeader, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
                    System.nanoTime());
        } catch (DateTimeParseException e) {
            // A proxy with a broken Date header must not break publishing; keep the last good value.
        }
    }

    /** The provider's time now; the local clock until an answer was seen. */
    public Instant now() {
        Seen s = seen;
        return s == null ? Instant.now() : s.server().plus(Duration.ofNanos(System.nanoTime() - s.nanos()));
    }
}
