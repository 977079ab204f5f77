package dev.lineup.sync;

/**
 * Signs a cloud target in again after {@code AuthExpired}/{@code Revoked}: revoke the old grant, run
 * the provider's sign-in, store the new tokens. Cloud targets (or their login services) implement it.
 */
@FunctionalInterface
public interface Reauthorizer {
    void reauthorize() throws SyncException;
}
