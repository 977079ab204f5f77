package dev.lineup.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock moved forward by what the test says has passed (hours between scheduled turns). */
public final class MovableClock extends Clock {
    private volatile Duration passed = Duration.ZERO;

    public void advance(Duration d) {
        passed = passed.plus(d);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(passed);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new IllegalArgumentException("a moved clock is UTC only, not " + zone);
    }
}
