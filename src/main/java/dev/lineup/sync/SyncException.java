package dev.lineup.sync;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A failed remote call, already classified. Messages never carry tokens or credentials.
 * {@code retryAfter} is the provider's Retry-After when it gave one.
 */
public class SyncException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ProblemKind kind;
    private final transient Map<String, String> facts;
    private final Duration retryAfter;

    public SyncException(ProblemKind kind, String message) {
        this(kind, message, Map.of(), null, null);
    }

    public SyncException(ProblemKind kind, String message, Map<String, String> facts, Duration retryAfter,
                         Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.facts = Map.copyOf(facts);
        this.retryAfter = retryAfter;
    }

    public ProblemKind kind() {
        return kind;
    }

    /** Provider facts worth showing, e.g. {@code account}, {@code usage}, {@code changedBy}. */
    public Map<String, String> facts() {
        return facts;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
