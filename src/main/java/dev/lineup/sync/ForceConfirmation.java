package dev.lineup.sync;

import java.util.Objects;

/**
 * The user's explicit "yes, take the lock from that running installation". It names the {@code lockId}
 * the user was shown, so a confirmation given for one lease can never delete a newer one.
 */
public record ForceConfirmation(String lockId) {
    public ForceConfirmation {
        Objects.requireNonNull(lockId, "lockId");
    }

    /** Confirms taking over exactly the lease described by {@code shown}. */
    public static ForceConfirmation of(LeaseStatus shown) {
        return new ForceConfirmation(shown.info().lockId());
    }
}
