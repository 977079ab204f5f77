package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** oauth2/authorize (auto-approves), oauth2/token (PKCE code and refresh grants), revoke and users/*. */
final class FakeOAuthRoutes {
    static final int EXPIRES_IN = 14400;

    private final FakeAccounts accounts;
    private final FakeFileSystem fs;
    private volatile FakeAccounts.Account signInAccount;
    private volatile boolean denyConsent;
    private volatile java.util.Set<String> knownAppKeys;

    FakeOAuthRoutes(FakeAccounts accounts, FakeFileSystem fs, FakeAccounts.Account signInAccount) {
        this.accounts = accounts;
        this.fs = fs;
        this.signInAccount = signInAccount;
    }

    void signInAs(FakeAccounts.Account account) {
        signInAccount = account;
    }

    void denyConsent(boolean deny) {
        denyConsent = deny;
    }

    void knownAppKeys(java.util.Set<String> keys) {
        knownAppKeys = keys;
    }

    /** The "browser" page: the user is taken as having approved; the redirect carries code and state. */
    FakeResponse authorize(String query) {
        Map<String, String> p = form(query);
        String redirect = p.get("redirect_uri");
        if (p.get("client_id") == null || redirect == null || !"code".equals(p.get("response_type"))
                || !"S256".equals(p.get("code_challenge_method")) || p.get("code_challenge") == null) {
            return FakeResponse.text(400, "Invalid authorize request");
        }
        if (!redirect.startsWith("http://127.0.0.1:") && !redirect.startsWith("http://localhost:")) {
            return FakeResponse.text(400, "redirect_uri must be a loopback address");
        }
        if (knownAppKeys != null && !knownAppKeys.contains(p.get("client_id"))) {
            // Dropbox shows its own error page for an unknown app key and never comes back to the app.
            return FakeResponse.text(400, "Error (4xx): Invalid client_id or redirect_uri");
        }
        String sep = redirect.contains("?") ? "&" : "?";
        if (denyConsent) { // the user clicked Cancel on the consent page
            return FakeResponse.redirect(redirect + sep + "error=access_denied&error_description="
                    + enc("The user chose not to give your app access to their Dropbox account.")
                    + (p.containsKey("state") ? "&state=" + enc(p.get("state")) : ""));
        }
        String code = accounts.newCode(signInAccount, p.get("client_id"), redirect, p.get("code_challenge"));
        return FakeResponse.redirect(redirect + sep + "code=" + enc(code)
                + (p.containsKey("state") ? "&state=" + enc(p.get("state")) : ""));
    }

    FakeResponse token(byte[] body) {
        Map<String, String> p = form(new String(body, StandardCharsets.UTF_8));
        String grant = p.get("grant_type");
        if ("authorization_code".equals(grant)) {
            FakeAccounts.Code code = p.get("code") == null ? null : accounts.takeCode(p.get("code"));
            if (code == null || p.get("code_verifier") == null
                    || !FakeAccounts.s256(p.get("code_verifier")).equals(code.challenge())
                    || !code.appKey().equals(p.get("client_id"))
                    || !code.redirectUri().equals(p.get("redirect_uri"))) {
                return oauthError("invalid_grant", "code doesn't exist or has expired");
            }
            String refresh = accounts.issueRefresh(code.account(), code.appKey());
            ObjectNode result = tokenResult(accounts.issueAccess(code.account(), refresh));
            result.put("refresh_token", refresh);
            result.put("uid", "12345");
            result.put("account_id", code.account().id());
            return FakeResponse.json(result);
        }
        if ("refresh_token".equals(grant)) {
            FakeAccounts.Refresh r = p.get("refresh_token") == null ? null
                    : accounts.refreshGrant(p.get("refresh_token"));
            if (r == null || !r.appKey().equals(p.get("client_id"))) {
                return oauthError("invalid_grant", "refresh token is invalid or revoked");
            }
            return FakeResponse.json(tokenResult(accounts.issueAccess(r.account(), p.get("refresh_token"))));
        }
        return oauthError("unsupported_grant_type", "grant_type");
    }

    FakeResponse handle(String route, JsonNode arg, String authorization, FakeAccounts.Account who) {
        switch (route) {
            case "/2/auth/token/revoke":
                accounts.revoke(authorization);
                return FakeResponse.jsonNull();
            case "/2/users/get_space_usage": {
                ObjectNode o = FakeJson.object();
                o.put("used", fs.usedBytes());
                ObjectNode alloc = o.putObject("allocation");
                alloc.put(".tag", "individual");
                alloc.put("allocated", fs.quota());
                return FakeResponse.json(o);
            }
            case "/2/users/get_account": {
                FakeAccounts.Account a = accounts.byId(FakeJson.text(arg, "account_id"));
                if (a == null) {
                    throw FakeApiError.conflict("no_account");
                }
                return FakeResponse.json(basicAccount(a));
            }
            default:
                return null;
        }
    }

    private static ObjectNode basicAccount(FakeAccounts.Account a) {
        ObjectNode o = FakeJson.object();
        o.put("account_id", a.id());
        ObjectNode name = o.putObject("name");
        name.put("given_name", a.displayName());
        name.put("surname", "");
        name.put("familiar_name", a.displayName());
        name.put("display_name", a.displayName());
        name.put("abbreviated_name", a.displayName().substring(0, 1));
        o.put("email", a.email());
        o.put("email_verified", true);
        o.put("disabled", false);
        o.put("is_teammate", false);
        return o;
    }

    private static ObjectNode tokenResult(String access) {
        ObjectNode o = FakeJson.object();
        o.put("access_token", access);
        o.put("token_type", "bearer");
        o.put("expires_in", EXPIRES_IN);
        o.put("scope", "files.content.read files.content.write sharing.write account_info.read");
        return o;
    }

    private static FakeResponse oauthError(String error, String description) {
        ObjectNode o = FakeJson.object();
        o.put("error", error);
        o.put("error_description", description);
        return new FakeResponse(400, Map.of("Content-Type", "application/json"), FakeJson.bytes(o));
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> out = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
