package dev.lineup.model;

import java.time.Instant;
import java.util.List;

/**
 * One recorded source refresh, for History and the Sources screen's "Last refresh" after a restart:
 * {@code outcome} is the report's summary, "failed: …" or "cancelled"; {@code skipped} the playlist entries it
 * could not use, each "line N: why" (never the line's text, which may carry credentials).
 */
public record RefreshRun(Instant at, String source, boolean ok, String outcome, List<String> skipped) {
    public RefreshRun {
        skipped = List.copyOf(skipped);
    }

    /** The outcome, then one "skipped: line N …" line per entry left out. */
    public String reportText() {
        return RefreshReport.withSkipped(outcome, skipped);
    }
}
