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

    /** One line for the CLI and the log (scripts read it: its form stays); the app shows {@link #words()}. */
    public String summary() {
        return String.format("%s: %d channels, %d added, %d removed, %d renamed, %d re-pointed, %d moved, "
                        + "%d revived, %d purged (%.1f s)", source, total, added, removed, renamed, repointed, moved,
                revived, purged, took.toMillis() / 1000.0) + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
    }

    /**
     * What changed in sentences a user reads (the app's Sources and History screens): counts of zero are left out,
     * and the words say what a change means for their layouts: "Sample: 1,491 channels; 6 new, 3 now play from a
     * new address (your layouts follow them). Took 0.6 s."
     */
    public String words() {
        List<String> changes = new java.util.ArrayList<>();
        count(changes, added, "new", "new");
        count(changes, removed, "no longer listed by the provider (kept in your layouts, marked as removed)",
                "no longer listed by the provider (kept in your layouts, marked as removed)");
        count(changes, renamed, "renamed by the provider", "renamed by the provider");
        count(changes, repointed, "now plays from a new address (your layouts follow it)",
                "now play from a new address (your layouts follow them)");
        count(changes, moved, "moved to another category", "moved to another category");
        count(changes, revived, "listed again after being removed", "listed again after being removed");
        count(changes, purged, "deleted for good after being removed for longer than the keep period",
                "deleted for good after being removed for longer than the keep period");
        count(changes, skipped.size(), "entry skipped (see below)", "entries skipped (see below)");
        String channels = String.format("%s: %,d channel%s", source, total, total == 1 ? "" : "s");
        return channels + (changes.isEmpty() ? ", nothing changed" : "; " + String.join(", ", changes))
                + String.format(". Took %.1f s.", took.toMillis() / 1000.0);
    }

    private static void count(List<String> out, int n, String one, String many) {
        if (n > 0) {
            out.add(String.format("%,d %s", n, n == 1 ? one : many));
        }
    }

    /** {@link #words()}, then one "skipped: line N: why" line per entry left out: what the user reads after a refresh. */
    public String text() {
        return withSkipped(words(), skipped);
    }

    /** {@code outcome}, then one "skipped: …" line per entry of {@code skipped}. */
    public static String withSkipped(String outcome, List<String> skipped) {
        StringBuilder b = new StringBuilder(outcome);
        skipped.forEach(s -> b.append("\nskipped: ").append(s));
        return b.toString();
    }
}
