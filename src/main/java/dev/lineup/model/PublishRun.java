package dev.lineup.model;

import java.time.Instant;
import java.util.List;

/**
 * One publish or output run as History lists it; {@code target} is the target's name then (or a
 * description). {@code startedBy} says who started it ("desktop", "command line", "schedule"; null for runs
 * recorded before that was kept) and {@code files} are the layout's files that run published.
 */
public record PublishRun(Instant at, String layout, String target, long generation, String outcome, String startedBy,
                         List<PublishedFile> files) {
    public PublishRun {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A run without files whose starter is not known (runs migrated from before both were kept). */
    public PublishRun(Instant at, String layout, String target, long generation, String outcome) {
        this(at, layout, target, generation, outcome, null, List.of());
    }
}
