package dev.lineup.testing.fakes.dropbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Accounts and OAuth state: access tokens (valid, expired or revoked), refresh tokens bound to an app
 * key, and PKCE authorization codes bound to a code challenge and redirect URI.
 */
final class FakeAccounts {
    private static final SecureRandom RANDOM = new SecureRandom();

    record Account(String id, String displayName, String email) {
    }

    enum TokenState { VALID, EXPIRED, REVOKED }

    private static final class Access {
        final Account account;
        final String refreshToken;
        TokenState state = TokenState.VALID;

        Access(Account account, String refreshToken) {
            this.account = account;
            this.refreshToken = refreshToken;
        }
    }

    record Refresh(Account account, String appKey) {
    }

    record Code(Account account, String appKey, String redirectUri, String challenge) {
    }

    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Access> access = new HashMap<>();
    private final Map<String, Refresh> refresh = new HashMap<>();
    private final Map<String, Code> codes = new HashMap<>();

    synchronized Account account(String displayName) {
        return accounts.computeIfAbsent(displayName, n -> {
            // Dropbox account ids are exactly 40 characters; the SDK validates that.
            String id = "dbid:" + random(40).substring(0, 35);
            return new Account(id, n, n.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.invalid");
        });
    }

    synchronized Account byId(String id) {
        return accounts.values().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    synchronized String issueAccess(Account account, String refreshToken) {
        String token = "sl.fake-" + random(48);
        access.put(token, new Access(account, refreshToken));
        return token;
    }

    synchronized String issueRefresh(Account account, String appKey) {
        String token = "fake-refresh-" + random(32);
        refresh.put(token, new Refresh(account, appKey));
        return token;
    }

    /** Registers a caller-chosen token (for the standalone fake, whose clients read it from the environment). */
    synchronized void register(String token, Account account) {
        access.put(token, new Access(account, null));
    }

    synchronized void setState(String token, TokenState state) {
        Access a = access.get(token);
        if (a != null) {
            a.state = state;
        }
    }

    /** The account behind a bearer header, or a 401 body exactly as Dropbox sends it. */
    synchronized Account authenticate(String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).trim() : null;
        Access a = token == null ? null : access.get(token);
        if (a == null || a.state == TokenState.REVOKED) {
            throw new FakeApiError(401, "invalid_access_token/", FakeJson.nestedTags("invalid_access_token"));
        }
        if (a.state == TokenState.EXPIRED) {
            throw new FakeApiError(401, "expired_access_token/", FakeJson.nestedTags("expired_access_token"));
        }
        return a.account;
    }

    /** auth/token/revoke: the access token and the refresh token it came from both stop working. */
    synchronized void revoke(String authorization) {
        String token = authorization.substring(7).trim();
        Access a = access.get(token);
        if (a != null) {
            a.state = TokenState.REVOKED;
            if (a.refreshToken != null) {
                refresh.remove(a.refreshToken);
            }
        }
    }

    synchronized void revokeRefresh(String refreshToken) {
        refresh.remove(refreshToken);
        access.values().stream().filter(a -> refreshToken.equals(a.refreshToken))
                .forEach(a -> a.state = TokenState.REVOKED);
    }

    synchronized String newCode(Account account, String appKey, String redirectUri, String challenge) {
        String code = "fake-code-" + random(24);
        codes.put(code, new Code(account, appKey, redirectUri, challenge));
        return code;
    }

    /** A code is single-use; it is consumed even when the verifier is wrong, as real servers do. */
    synchronized Code takeCode(String code) {
        return codes.remove(code);
    }

    synchronized Refresh refreshGrant(String refreshToken) {
        return refresh.get(refreshToken);
    }

    static String s256(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int chars) {
        byte[] b = new byte[chars];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).replace('-', 'x').replace('_', 'y')
                .substring(0, chars);
    }
}
