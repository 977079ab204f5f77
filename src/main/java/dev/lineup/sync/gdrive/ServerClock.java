package dev.lineup.sync.gdrive;

import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseInterceptor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Drive's clock as last seen in a response's {@code Date} header, advanced by local elapsed time since.
 * Lease staleness is judged by this clock so two computers with skewed clocks agree.
 */
final class ServerClock implements HttpResponseInterceptor {
    private record Seen(Instant server, long nanos) {
    }

    private volatile Seen seen;

    @Override
    public void interceptResponse(HttpResponse response) {
        String value = response.getHeaders().getDate();
        if (value == null) {
            return;
        }
        try {
            seen = new Seen(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
                    System.nanoTime());
        } catch (DateTimeParseException e) {
            // A malformed Date header is ignored: the previous reading (or the local clock) stays in use.
        }
    }

    Instant now() {
        Seen s = seen;
        return s == null ? Instant.now() : s.server().plus(Duration.ofNanos(System.nanoTime() - s.nanos()));
    }
}
