package dev.lineup.service.library;

import java.time.Instant;
import java.util.List;

/**
 * A playlist source as the Sources screen lists it.
 *
 * @param channels -1 until the source was read
 * @param loadedAt null until the source was read
 * @param issues   entries the reader skipped, with their line numbers
 */
public record SourceSummary(String name, String kind, String location, int channels, int categories,
                            Instant loadedAt, List<String> issues) {
    public SourceSummary {
        issues = List.copyOf(issues);
    }
}
