package dev.lineup.ui.recovery;

import dev.lineup.sync.SyncProblem;
import dev.lineup.ui.common.LocalTimes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts of a problem in words for the wizard: "Held by", "Last heartbeat 12 s ago"… */
final class ProblemFacts {
    /** One labelled fact. */
    record Fact(String label, String value) {
    }

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("lockId", "usedBytes", "allocatedBytes", "ownerId",
            "freeInSeconds", "expectedRevision", "actualRevision");
    /** Facts that carry an instant: shown in the computer's own time zone, with an age that ticks. */
    private static final java.util.Set<String> TIMES = java.util.Set.of("since", "at", "changedAt", "freeAt",
            "lastPublished", "nextRetryAt");

    static {
        LABELS.put("holder", "Held by");
        LABELS.put("takenBy", "Taken over by");
        LABELS.put("host", "Computer");
        LABELS.put("pid", "Process id");
        LABELS.put("user", "User");
        LABELS.put("since", "Since");
        LABELS.put("at", "At");
        LABELS.put("heartbeatAgeSeconds", "Last heartbeat");
        LABELS.put("purpose", "Doing");
        LABELS.put("state", "State");
        LABELS.put("freeAt", "Free again at");
        LABELS.put("stale", "Stale because");
        LABELS.put("layout", "Layout");
        LABELS.put("owner", "Owned by");
        LABELS.put("lastPublished", "Last published");
        LABELS.put("nextRetryAt", "Next try");
        LABELS.put("retriedForSeconds", "Retried for");
        LABELS.put("file", "File");
        LABELS.put("changedBy", "Changed by");
        LABELS.put("changedAt", "Changed at");
        LABELS.put("account", "Account");
        LABELS.put("usage", "Usage");
        LABELS.put("generation", "Generation");
        LABELS.put("ourGeneration", "Our generation");
        LABELS.put("retryAfterSeconds", "Retry after");
        LABELS.put("revision", "Revision");
    }

    private ProblemFacts() {
    }

    /** The facts as they were when the problem was seen. */
    static List<Fact> of(SyncProblem p) {
        return of(p, p.at() == null ? java.time.Instant.now() : p.at(), java.time.Duration.ZERO);
    }

    /**
     * The facts at {@code now}, {@code elapsed} after the problem was seen: ages ("heartbeat 12 s ago", "since …
     * (3 min ago)") move on, so a wizard left open tells the truth.
     */
    static List<Fact> of(SyncProblem p, java.time.Instant now, java.time.Duration elapsed) {
        List<Fact> out = new ArrayList<>();
        out.add(new Fact("Target", p.target()));
        Map<String, String> facts = p.facts();
        for (Map.Entry<String, String> e : LABELS.entrySet()) {
            String v = facts.get(e.getKey());
            if (v != null && !v.isBlank()) {
                out.add(new Fact(e.getValue(), unit(e.getKey(), v, now, elapsed)));
            }
        }
        for (Map.Entry<String, String> e : facts.entrySet()) {
            // Facts without a label (provider details) still show; the lock id only matters to the takeover,
            // and the byte counts are "Usage" again, for machines.
            if (!LABELS.containsKey(e.getKey()) && !HIDDEN.contains(e.getKey()) && !e.getValue().isBlank()) {
                out.add(new Fact(e.getKey(), e.getValue()));
            }
        }
        out.add(new Fact("Details", p.cliLine()));
        return out;
    }

    private static String unit(String key, String v, java.time.Instant now, java.time.Duration elapsed) {
        if (TIMES.contains(key)) {
            return localTime(v, now);
        }
        switch (key) {
            case "state": return v.equals("unfinished") ? "an unfinished publish (it stopped part-way)"
                    : v.equals("live") ? "publishing now" : v;
            case "retriedForSeconds": return v + " s";
            case "heartbeatAgeSeconds": return heartbeatAge(v, elapsed);
            case "retryAfterSeconds": return v + " s";
            default: return v;
        }
    }

    private static String heartbeatAge(String seconds, java.time.Duration elapsed) {
        try {
            return LocalTimes.span(java.time.Duration.ofSeconds(Long.parseLong(seconds.strip())).plus(elapsed)) + " ago";
        } catch (NumberFormatException e) {
            return seconds + " s ago";
        }
    }

    /** An ISO instant in the local zone with its age ("6 Dec 2026, 19:16:19 (2 min ago)"); anything else unchanged. */
    static String localTime(String iso, java.time.Instant now) {
        try {
            return LocalTimes.atWithAge(java.time.Instant.parse(iso), now);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
