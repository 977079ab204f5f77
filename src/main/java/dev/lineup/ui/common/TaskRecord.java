package dev.lineup.ui.common;

import java.time.Duration;
import java.time.Instant;

/** A finished task, for the History screen. {@code error} is null unless it failed. */
public record TaskRecord(Instant started, String name, Duration took, String outcome, Throwable error) {
}
