package dev.lineup.service.publish;

import java.time.Instant;

/** One publish or output run as the History screen lists it. */
public record PublishRecord(Instant at, String layout, String target, long generation, String outcome) {
}
