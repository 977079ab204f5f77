package dev.lineup.ui.recovery;

import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import java.time.Duration;
import java.time.Instant;

/**
 * A problem the wizard is opened for: the problem, the target's name (null when only its description is
 * known, as for a problem from the history), the layout that was being published (null: every layout of
 * the target) and the provider's Retry-After, if it gave one.
 */
public record OpenProblem(SyncProblem problem, String target, String layout, Duration retryAfter) {
    /** The problem a failed publish of {@code layout} to {@code target} met, with the provider's Retry-After. */
    public static OpenProblem of(SyncException e, String target, String layout) {
        Duration retryAfter = null;
        for (Throwable t = e; t != null && retryAfter == null; t = t.getCause()) {
            if (t instanceof SyncException) {
                retryAfter = ((SyncException) t).retryAfter().orElse(null);
            }
        }
        return new OpenProblem(SyncProblem.of(e, target, Instant.now()), target, layout, retryAfter);
    }

    /** A recorded problem: its target is known only by description until the wizard looks it up. */
    public static OpenProblem recorded(SyncProblem p) {
        return new OpenProblem(p, null, null, null);
    }
}
