package dev.lineup.model;

import java.time.Duration;

/**
 * What one source refresh changed. {@code renamed}: same channel, new name; {@code repointed}: same
 * channel, new URL (a rotated token counts); {@code moved}: new group; {@code revived}: listed again
 * after being "removed by provider"; {@code purged}: removed longer than the keep period and deleted.
 */
public record RefreshReport(String source, int total, int added, int removed, int renamed, int repointed,
                            int moved, int revived, int purged, Duration took) {

    /** One line for the CLI and the log. */
    public String summary() {
        return String.format("%s: %d channels, %d added, %d removed, %d renamed, %d re-pointed, %d moved, "
                        + "%d revived, %d purged (%.1f s)", source, total, added, removed, renamed, repointed, moved,
                revived, purged, took.toMillis() / 1000.0);
    }
}
