package dev.lineup.sync;

/** The kinds of publish problem of DESIGN.md's table; every failure maps to exactly one. */
public enum ProblemKind {
    LEASE_HELD("LeaseHeld", false),
    LEASE_LOST("LeaseLost", false),
    REMOTE_CHANGED("RemoteChanged", false),
    /** The folder index lists the layout under another installation. */
    LAYOUT_OWNED_ELSEWHERE("LayoutOwnedElsewhere", false),
    AUTH_EXPIRED("AuthExpired", false),
    REVOKED("Revoked", false),
    FORBIDDEN("Forbidden", false),
    QUOTA_FULL("QuotaFull", false),
    RATE_LIMITED("RateLimited", true),
    UNREACHABLE("Unreachable", true),
    /** A name or path the provider refuses (malformed, too long, a folder in the way): never retried. */
    BAD_REQUEST("BadRequest", false);

    private final String label;
    private final boolean retryable;

    ProblemKind(String label, boolean retryable) {
        this.label = label;
        this.retryable = retryable;
    }

    /** The name printed first on the CLI's stderr line, e.g. {@code LeaseHeld}. */
    public String label() {
        return label;
    }

    /** Whether the shared pacer retries it by itself. */
    public boolean retryable() {
        return retryable;
    }
}
