package dev.lineup.sync;

import java.time.Duration;

/**
 * Signs a cloud target in again after {@code AuthExpired}/{@code Revoked}: revoke the old grant, run
 * the provider's sign-in, store the new tokens. Cloud targets (or their login services) implement it.
 */
@FunctionalInterface
public interface Reauthorizer {
    /** How long a sign-in waits for the user to finish in the browser. */
    Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

    void reauthorize() throws SyncException;
}
