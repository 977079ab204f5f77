package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServerClockTest {
    @Test
    void aSkewedProviderClockIsFollowedNotTheLocalOne() {
        ServerClock clock = new ServerClock();
        clock.observe("Sun, 22 Nov 2026 10:00:00 GMT"); // days away from this computer's clock
        assertThat(Duration.between(Instant.parse("2026-11-22T10:00:00Z"), clock.now())).isBetween(Duration.ZERO,
                Duration.ofSeconds(5));
    }

    @Test
    void aBrokenOrMissingDateHeaderKeepsTheLastGoodReading() {
        ServerClock clock = new ServerClock();
        clock.observe("Sun, 22 Nov 2026 10:00:00 GMT");
        clock.observe("yesterday-ish");
        clock.observe(null);
        assertThat(clock.now()).isBefore(Instant.parse("2026-11-22T10:00:05Z"));
    }

    @Test
    void beforeAnyAnswerItIsTheLocalClock() {
        assertThat(Duration.between(Instant.now(), new ServerClock().now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
