package dev.lineup.sync;

import java.time.Instant;

/**
 * What a sign-in leaves behind for one target. {@code expiresAt} and {@code refreshToken} are null for
 * a long-lived token supplied by hand; {@code clientId} is the app key / client id the refresh token is
 * bound to; {@code account} is the provider's account id, shown to the user, never secret.
 * {@link #toString()} never prints a token.
 */
public record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt, String clientId,
                          String account) {

    public OAuthTokens {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("access token is empty");
        }
    }

    /** A token pasted or read from the environment: no refresh, no known expiry. */
    public static OAuthTokens accessOnly(String accessToken) {
        return new OAuthTokens(accessToken, null, null, null, null);
    }

    public boolean canRefresh() {
        return refreshToken != null && clientId != null;
    }

    public OAuthTokens withAccess(String newAccessToken, Instant newExpiresAt) {
        return new OAuthTokens(newAccessToken, refreshToken, newExpiresAt, clientId, account);
    }

    @Override
    public String toString() {
        return "OAuthTokens[account=" + account + ", refreshable=" + canRefresh() + ", expiresAt=" + expiresAt + "]";
    }
}
