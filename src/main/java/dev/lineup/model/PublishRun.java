package dev.lineup.model;

import java.time.Instant;

/** One publish or output run as History lists it; {@code target} is the target's name then (or a description). */
public record PublishRun(Instant at, String layout, String target, long generation, String outcome) {
}
