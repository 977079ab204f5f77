package dev.lineup.layout;

import java.time.Instant;

/**
 * Health of one layout. Counts are over visible channels (what players get), except
 * {@code removedByProvider}, which counts every channel so hidden leftovers are found too.
 *
 * @param unmapped                     visible channels without a guide for which players show no programmes
 * @param placeholderGuides            visible channels without a guide that show a placeholder programme (the
 *                                     layout's placeholder guides are on): covered, not counted as unmapped
 * @param duplicateNumbers             numbers used by more than one visible channel
 * @param channelsWithDuplicateNumbers visible channels that share their number
 * @param lastPublished                null when the layout was never published
 */
public record HealthReport(String layout, int groups, int channels, int visibleChannels, int unmapped,
                           int missingLogos, int duplicateNumbers, int channelsWithDuplicateNumbers,
                           int removedByProvider, int emptyGroups, Instant lastPublished, int placeholderGuides) {

    /** Without placeholder programmes. */
    public HealthReport(String layout, int groups, int channels, int visibleChannels, int unmapped, int missingLogos,
                        int duplicateNumbers, int channelsWithDuplicateNumbers, int removedByProvider, int emptyGroups,
                        Instant lastPublished) {
        this(layout, groups, channels, visibleChannels, unmapped, missingLogos, duplicateNumbers,
                channelsWithDuplicateNumbers, removedByProvider, emptyGroups, lastPublished, 0);
    }

    /** The same counts with the channels without a guide covered by placeholder programmes. */
    public HealthReport withPlaceholderGuides() {
        return new HealthReport(layout, groups, channels, visibleChannels, 0, missingLogos, duplicateNumbers,
                channelsWithDuplicateNumbers, removedByProvider, emptyGroups, lastPublished, unmapped + placeholderGuides);
    }

    public boolean neverPublished() {
        return lastPublished == null;
    }

    /** True when there is nothing to fix. */
    public boolean healthy() {
        return unmapped == 0 && missingLogos == 0 && duplicateNumbers == 0 && removedByProvider == 0
                && emptyGroups == 0 && !neverPublished();
    }

    /** The text {@code lineup health} prints. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("Layout '").append(layout).append("': ").append(Counts.plural(channels, "channel")).append(" (")
                .append(visibleChannels).append(" visible) in ").append(Counts.plural(groups, "group")).append("\n");
        line(b, "unmapped (no guide)", String.valueOf(unmapped));
        if (placeholderGuides > 0) {
            line(b, "placeholder programme", placeholderGuides + " (no guide; players show a placeholder programme)");
        }
        line(b, "missing logos", String.valueOf(missingLogos));
        line(b, "duplicate numbers", duplicateNumbers + (duplicateNumbers == 0 ? ""
                : " (" + channelsWithDuplicateNumbers + " channels)"));
        line(b, "removed by provider", String.valueOf(removedByProvider));
        line(b, "empty groups", String.valueOf(emptyGroups));
        line(b, "last published", neverPublished() ? "never" : lastPublished.toString());
        b.append(healthy() ? "OK\n" : "needs attention\n");
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append("  ").append(label).append(':').append(" ".repeat(Math.max(1, 22 - label.length())))
                .append(value).append('\n');
    }
}
