package dev.lineup.model;

import java.time.Duration;
import java.util.List;

/**
 * What one source refresh changed. {@code renamed}: same channel, new name; {@code repointed}: same
 * channel, new URL (a rotated token counts); {@code moved}: new group; {@code revived}: listed again
 * after being "removed by provider"; {@code purged}: removed longer than the keep period and deleted;
 * {@code skipped}: playlist entries it could not use (e.g. without a URL), each "line N: why".
 */
public record RefreshReport(String source, int total, int added, int removed, int renamed, int repointed,
                            int moved, int revived, int purged, Duration took, List<String> skipped) {
    public RefreshReport {
        skipped = List.copyOf(skipped);
    }

    /** One line for the CLI and the log. */
    public String summary() {
        return String.format("%s: %d channels, %d added, %d removed, %d renamed, %d re-pointed, %d moved, "
                        + "%d revived, %d purged (%.1f s)", source, total, added, removed, renamed, repointed, moved,
                revived, purged, took.toMillis() / 1000.0) + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
    }

    /** The summary, then one "skipped: line N: why" line per entry left out: what the user reads after a refresh. */
    public String text() {
        return withSkipped(summary(), skipped);
    }

    /** {@code outcome}, then one "skipped: …" line per entry of {@code skipped}. */
    public static String withSkipped(String outcome, List<String> skipped) {
        StringBuilder b = new StringBuilder(outcome);
        skipped.forEach(s -> b.append("\nskipped: ").append(s));
        return b.toString();
    }
}
