package dev.lineup.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * The lease in a folder as seen now: its content, its revision (for compare-and-delete), the server
 * time it was judged by, and why it is stale if it is ({@code lock status} prints this).
 */
public record LeaseStatus(LeaseInfo info, String revision, Instant serverNow, Optional<String> staleReason) {

    public boolean stale() {
        return staleReason.isPresent();
    }

    public SyncProblem asProblem(String target) {
        return SyncProblem.leaseHeld(info, serverNow, staleReason, target);
    }
}
