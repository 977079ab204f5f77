package dev.lineup.testing.fakes.gdrive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Google's OAuth endpoints as the fake serves them under its root: {@code auth} (consent is granted at
 * once and the browser is redirected back with a code), {@code token} (authorization_code with PKCE
 * S256 verification, refresh_token) and {@code revoke}. Every grant is recorded for tests.
 */
public final class FakeOAuth {
    /** What the token endpoint was asked: {@code grant} is authorization_code, refresh_token or revoke. */
    public record TokenCall(String grant, boolean accepted, String error) {
    }

    /** An access token and the refresh token that can renew it. */
    public record Tokens(String accessToken, String refreshToken) {
    }

    private record Code(String clientId, String redirectUri, String challenge, DriveStore.Account account) {
    }

    private record Grant(String clientId, DriveStore.Account account) {
    }

    private record Access(DriveStore.Account account, String refreshToken, Instant expires) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    private final List<TokenCall> calls = new ArrayList<>();
    private volatile DriveStore.Account signedInUser = new DriveStore.Account("Fake User", "fake.user@example.com");

    private volatile boolean denyConsent;

    /** The simulated user clicks Cancel on Google's consent page: the redirect carries {@code error=access_denied}. */
    public void denyConsent(boolean deny) {
        denyConsent = deny;
    }

    /** The account the fake's consent page signs in as. */
    public void signInAs(DriveStore.Account account) {
        signedInUser = account;
    }

    /** Issues tokens directly, as if the user had signed in earlier (client id "lineup-test"). */
    public Tokens issue(DriveStore.Account account) {
        String refresh = token("1//fake-refresh-");
        refreshTokens.put(refresh, new Grant("lineup-test", account));
        return new Tokens(newAccess(account, refresh), refresh);
    }

    /** Registers a fixed, long-lived access token (used by the standalone demo server). */
    public void registerAccessToken(String token, DriveStore.Account account) {
        accessTokens.put(token, new Access(account, null, Instant.MAX));
    }

    /** Makes every access token issued so far expired, so the next API call answers 401. */
    public void expireAccessTokens() {
        accessTokens.replaceAll((k, a) -> new Access(a.account(), a.refreshToken(), Instant.EPOCH));
    }

    /** As if the user removed the app's access in their Google account. */
    public void revokeEverything() {
        refreshTokens.clear();
        accessTokens.clear();
    }

    public boolean isRefreshTokenValid(String refreshToken) {
        return refreshTokens.containsKey(refreshToken);
    }

    public synchronized List<TokenCall> calls() {
        return List.copyOf(calls);
    }

    /** The account behind a valid bearer token, or null. */
    DriveStore.Account account(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return null;
        }
        Access a = accessTokens.get(authorizationHeader.substring("Bearer ".length()).trim());
        return a == null || a.expires().isBefore(Instant.now()) ? null : a.account();
    }

    void authorize(Http http) throws IOException {
        Map<String, String> q = http.query;
        String redirect = q.get("redirect_uri");
        if (redirect == null || !redirect.startsWith("http://127.0.0.1:") || q.get("client_id") == null
                || !"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null) {
            http.send(400, "text/plain", "Error 400: invalid_request".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (denyConsent) {
            String denied = redirect + (redirect.contains("?") ? "&" : "?") + "error=access_denied"
                    + (q.containsKey("state") ? "&state=" + enc(q.get("state")) : "");
            http.exchange.getResponseHeaders().set("Location", denied);
            http.send(302, null, new byte[0]);
            return;
        }
        String code = token("4/fake-code-");
        codes.put(code, new Code(q.get("client_id"), redirect, q.get("code_challenge"), signedInUser));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + enc(code)
                + (q.containsKey("state") ? "&state=" + enc(q.get("state")) : "") + "&scope=" + enc(q.get("scope"));
        http.exchange.getResponseHeaders().set("Location", location);
        http.send(302, null, new byte[0]);
    }

    void token(Http http) throws IOException {
        Map<String, String> form = http.formBody();
        String grant = form.getOrDefault("grant_type", "");
        if ("authorization_code".equals(grant)) {
            Code code = codes.remove(form.getOrDefault("code", ""));
            if (code == null || !code.clientId().equals(form.get("client_id"))
                    || !code.redirectUri().equals(form.get("redirect_uri"))) {
                refuse(http, grant, "invalid_grant", "Malformed auth code.");
                return;
            }
            if (!code.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
                refuse(http, grant, "invalid_grant", "Invalid code verifier.");
                return;
            }
            String refresh = token("1//fake-refresh-");
            refreshTokens.put(refresh, new Grant(code.clientId(), code.account()));
            answer(http, grant, newAccess(code.account(), refresh), refresh);
        } else if ("refresh_token".equals(grant)) {
            String refresh = form.getOrDefault("refresh_token", "");
            Grant g = refreshTokens.get(refresh);
            if (g == null || !g.clientId().equals(form.get("client_id"))) {
                refuse(http, grant, "invalid_grant", "Token has been expired or revoked.");
                return;
            }
            answer(http, grant, newAccess(g.account(), refresh), null);
        } else {
            refuse(http, grant, "unsupported_grant_type", "Invalid grant_type: " + grant);
        }
    }

    void revoke(Http http) throws IOException {
        Map<String, String> form = http.formBody();
        String token = form.getOrDefault("token", http.query.getOrDefault("token", ""));
        boolean known = refreshTokens.remove(token) != null;
        Access access = accessTokens.remove(token);
        known |= access != null;
        String grant = access != null && access.refreshToken() != null ? access.refreshToken() : token;
        refreshTokens.remove(grant);
        accessTokens.values().removeIf(a -> grant.equals(a.refreshToken()));
        record(new TokenCall("revoke", known, known ? null : "invalid_token"));
        if (known) {
            http.json(200, Http.JSON.createObjectNode());
        } else {
            ObjectNode err = Http.JSON.createObjectNode().put("error", "invalid_token")
                    .put("error_description", "Token expired or revoked");
            http.json(400, err);
        }
    }

    private void answer(Http http, String grant, String access, String refresh) throws IOException {
        ObjectNode body = Http.JSON.createObjectNode().put("access_token", access).put("expires_in", 3599)
                .put("scope", "https://www.googleapis.com/auth/drive.file").put("token_type", "Bearer");
        if (refresh != null) {
            body.put("refresh_token", refresh);
        }
        record(new TokenCall(grant, true, null));
        http.json(200, body);
    }

    private void refuse(Http http, String grant, String error, String description) throws IOException {
        record(new TokenCall(grant, false, error));
        http.json(400, Http.JSON.createObjectNode().put("error", error).put("error_description", description));
    }

    private synchronized void record(TokenCall call) {
        calls.add(call);
    }

    private String newAccess(DriveStore.Account account, String refresh) {
        String access = token("ya29.fake-");
        accessTokens.put(access, new Access(account, refresh, Instant.now().plusSeconds(3599)));
        return access;
    }

    private String token(String prefix) {
        byte[] b = new byte[18];
        random.nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }

    static String s256(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
