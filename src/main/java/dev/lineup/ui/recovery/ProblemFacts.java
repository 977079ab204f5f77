package dev.lineup.ui.recovery;

import dev.lineup.sync.SyncProblem;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Words;
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
        LABELS.put("holder", Texts.get("recovery.fact.holder"));
        LABELS.put("takenBy", Texts.get("recovery.fact.takenBy"));
        LABELS.put("host", Texts.get("recovery.fact.host"));
        LABELS.put("pid", Texts.get("recovery.fact.pid"));
        LABELS.put("user", Texts.get("recovery.fact.user"));
        LABELS.put("since", Texts.get("recovery.fact.since"));
        LABELS.put("at", Texts.get("recovery.fact.at"));
        LABELS.put("heartbeatAgeSeconds", Texts.get("recovery.fact.heartbeatAgeSeconds"));
        LABELS.put("purpose", Texts.get("recovery.fact.purpose"));
        LABELS.put("state", Texts.get("recovery.fact.state"));
        LABELS.put("freeAt", Texts.get("recovery.fact.freeAt"));
        LABELS.put("stale", Texts.get("recovery.fact.stale"));
        LABELS.put("layout", Texts.get("recovery.fact.layout"));
        LABELS.put("owner", Texts.get("recovery.fact.owner"));
        LABELS.put("lastPublished", Texts.get("recovery.fact.lastPublished"));
        LABELS.put("nextRetryAt", Texts.get("recovery.fact.nextRetryAt"));
        LABELS.put("retriedForSeconds", Texts.get("recovery.fact.retriedForSeconds"));
        LABELS.put("file", Texts.get("recovery.fact.file"));
        LABELS.put("changedBy", Texts.get("recovery.fact.changedBy"));
        LABELS.put("changedAt", Texts.get("recovery.fact.changedAt"));
        LABELS.put("account", Texts.get("recovery.fact.account"));
        LABELS.put("usage", Texts.get("recovery.fact.usage"));
        LABELS.put("generation", Texts.get("recovery.fact.generation"));
        LABELS.put("ourGeneration", Texts.get("recovery.fact.ourGeneration"));
        LABELS.put("retryAfterSeconds", Texts.get("recovery.fact.retryAfterSeconds"));
        LABELS.put("revision", Texts.get("recovery.fact.revision"));
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
        out.add(new Fact(Texts.get("recovery.fact.target"), p.target()));
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
        out.add(new Fact(Texts.get("recovery.fact.details"), sentence(p, now)));
        return out;
    }

    /**
     * The problem's facts as one sentence a user reads: the command line's one-line text without its code name
     * and with local times ("Held by "Office PC" … since today 01:02 (3 min ago)").
     */
    public static String sentence(SyncProblem p, java.time.Instant now) {
        String line = Words.localTimesIn(p.factsLine() == null ? "" : p.factsLine().strip(), now);
        if (line.isEmpty()) {
            return p.summary();
        }
        // "taken over by …" starts a sentence; a file name ("lineup-manifest.json was changed…") keeps its case.
        String word = line.split("\\s", 2)[0];
        String first = word.chars().allMatch(Character::isLetter)
                ? line.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + line.substring(1) : line;
        return first.endsWith(".") ? first : first + ".";
    }

    private static String unit(String key, String v, java.time.Instant now, java.time.Duration elapsed) {
        if (TIMES.contains(key)) {
            return localTime(v, now);
        }
        switch (key) {
            case "state": return v.equals("unfinished") ? Texts.get("recovery.state.unfinished")
                    : v.equals("live") ? Texts.get("recovery.state.live") : v;
            case "retriedForSeconds": return seconds(v);
            case "heartbeatAgeSeconds": return heartbeatAge(v, elapsed);
            case "retryAfterSeconds": return seconds(v);
            default: return v;
        }
    }

    private static String heartbeatAge(String seconds, java.time.Duration elapsed) {
        try {
            return Texts.get("age.ago", LocalTimes.span(java.time.Duration.ofSeconds(Long.parseLong(seconds.strip()))
                    .plus(elapsed)));
        } catch (NumberFormatException e) {
            return Texts.get("age.ago", seconds);
        }
    }

    private static String seconds(String v) {
        try {
            return LocalTimes.span(java.time.Duration.ofSeconds(Long.parseLong(v.strip())));
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** An ISO instant in the local zone with its age ("today 19:16 (2 min ago)", "4 Dec 2026, 18:02 (2 d 1 h ago)"); anything else unchanged. */
    static String localTime(String iso, java.time.Instant now) {
        try {
            return LocalTimes.dayWithAge(java.time.Instant.parse(iso), now);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
