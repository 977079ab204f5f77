package dev.lineup.model;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded publish problem (history view, counts): when, which target, which kind, and its facts. The
 * target is kept by id where known ({@code targetId}; null for a target since removed, or a problem recorded
 * only with a description); {@code target} is its current name, else the text recorded.
 */
public record ProblemRecord(Instant at, String target, String kind, String summary, Map<String, String> facts,
                            Long targetId) {
    public ProblemRecord {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    /** A problem of the target named {@code target}; the store finds its id by that name. */
    public ProblemRecord(Instant at, String target, String kind, String summary, Map<String, String> facts) {
        this(at, target, kind, summary, facts, null);
    }
}
