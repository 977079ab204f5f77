package dev.lineup.model;

import java.time.Instant;
import java.util.Map;

/** One recorded publish problem (history view, counts): when, which target, which kind, and its facts. */
public record ProblemRecord(Instant at, String target, String kind, String summary, Map<String, String> facts) {
    public ProblemRecord {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
