package dev.lineup.sync.dropbox;

import com.dropbox.core.DbxAuthFinish;
import com.dropbox.core.DbxException;
import com.dropbox.core.DbxHost;
import com.dropbox.core.DbxPKCEManager;
import com.dropbox.core.InvalidAccessTokenException;
import com.dropbox.core.oauth.DbxCredential;
import com.dropbox.core.oauth.DbxRefreshResult;
import com.dropbox.core.v2.DbxClientV2;
import dev.lineup.sync.LoopbackReceiver;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dropbox sign-in for one target: OAuth 2 authorization code with PKCE and offline access (a refresh
 * token), the redirect caught on 127.0.0.1; refresh; revoke. Opening the browser is the caller's
 * choice ({@code openBrowser}): the desktop app opens it, the CLI prints the URL. Tokens go to the
 * {@link TokenStore} under the target's name and are never logged.
 */
public final class DropboxAuth implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(DropboxAuth.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DropboxConfig config;
    private final TokenStore store;
    private final DropboxHttp http;
    private final boolean ownsHttp;

    public DropboxAuth(DropboxConfig config, TokenStore store) {
        this(config, store, new DropboxHttp(config), true);
    }

    DropboxAuth(DropboxConfig config, TokenStore store, DropboxHttp http, boolean ownsHttp) {
        this.config = config;
        this.store = store;
        this.http = http;
        this.ownsHttp = ownsHttp;
    }

    /** Runs the whole sign-in and stores the tokens; waits up to {@code timeout} for the browser. */
    public OAuthTokens signIn(Consumer<URI> openBrowser, Duration timeout) throws SyncException {
        String context = "Dropbox sign-in for '" + config.targetName() + "'";
        if (config.appKey() == null) {
            throw new SyncException(ProblemKind.BAD_REQUEST, context + ": no app key configured");
        }
        DbxPKCEManager pkce = new DbxPKCEManager();
        String state = randomToken();
        String code;
        URI redirect;
        try (LoopbackReceiver receiver = new LoopbackReceiver("Dropbox", state)) {
            redirect = URI.create(receiver.redirectUri());
            openBrowser.accept(authorizeUri(pkce.getCodeChallenge(), redirect, state));
            code = receiver.awaitCode(timeout);
        } catch (IOException e) {
            throw new SyncException(ProblemKind.BAD_REQUEST, context + ": cannot listen on 127.0.0.1 for the "
                    + "browser's answer (" + e.getMessage() + ")", Map.of(), null, e);
        }
        try {
            DbxAuthFinish finish = pkce.makeTokenRequest(http.requestConfig, code, config.appKey(),
                    redirect.toString(), DbxHost.DEFAULT);
            OAuthTokens tokens = new OAuthTokens(finish.getAccessToken(), finish.getRefreshToken(),
                    finish.getExpiresAt() == null ? null : Instant.ofEpochMilli(finish.getExpiresAt()),
                    config.appKey(), finish.getAccountId());
            store.put(config.targetName(), tokens);
            LOG.info("Signed in to Dropbox for target '{}' (account {})", config.targetName(), tokens.account());
            return tokens;
        } catch (DbxException e) {
            throw DropboxProblems.of(context, e);
        }
    }

    URI authorizeUri(String challenge, URI redirect, String state) {
        return URI.create(http.authorizeEndpoint() + "?client_id=" + enc(config.appKey())
                + "&response_type=code&token_access_type=offline&code_challenge_method=S256"
                + "&code_challenge=" + enc(challenge) + "&redirect_uri=" + enc(redirect.toString())
                + "&state=" + enc(state));
    }

    /** Gets a new access token with the stored refresh token and stores it. */
    public OAuthTokens refresh() throws SyncException {
        String context = "Dropbox token refresh for '" + config.targetName() + "'";
        OAuthTokens tokens = stored(context);
        if (!tokens.canRefresh()) {
            throw new SyncException(ProblemKind.AUTH_EXPIRED, context + ": no refresh token; sign in again");
        }
        DbxCredential credential = new DbxCredential(tokens.accessToken(),
                tokens.expiresAt() == null ? 0L : tokens.expiresAt().toEpochMilli(), tokens.refreshToken(),
                tokens.clientId());
        try {
            DbxRefreshResult r = credential.refresh(http.requestConfig);
            OAuthTokens fresh = tokens.withAccess(r.getAccessToken(), Instant.ofEpochMilli(r.getExpiresAt()));
            store.put(config.targetName(), fresh);
            LOG.debug("Refreshed the Dropbox access token of target '{}'", config.targetName());
            return fresh;
        } catch (DbxException e) {
            throw DropboxProblems.of(context, e);
        }
    }

    /** Revokes the tokens at Dropbox (the refresh token with them) and forgets them here. */
    public void revoke() throws SyncException {
        String context = "Dropbox sign-out for '" + config.targetName() + "'";
        OAuthTokens tokens = store.get(config.targetName()).orElse(null);
        if (tokens == null) {
            return;
        }
        try {
            revokeAt(tokens.accessToken());
        } catch (InvalidAccessTokenException e) {
            if (e.getAuthError().isExpiredAccessToken() && tokens.canRefresh()) {
                try {
                    revokeAt(refresh().accessToken());
                } catch (InvalidAccessTokenException again) {
                    LOG.debug("Token of '{}' was already invalid at revoke", config.targetName());
                } catch (DbxException again) {
                    throw DropboxProblems.of(context, again);
                } catch (SyncException notRefreshable) {
                    if (notRefreshable.kind() != ProblemKind.REVOKED) {
                        throw notRefreshable;
                    }
                }
            }
        } catch (DbxException e) {
            throw DropboxProblems.of(context, e);
        }
        store.delete(config.targetName());
        LOG.info("Signed out of Dropbox for target '{}'", config.targetName());
    }

    private void revokeAt(String accessToken) throws DbxException {
        new DbxClientV2(http.requestConfig, accessToken).auth().tokenRevoke();
    }

    private OAuthTokens stored(String context) throws SyncException {
        return store.get(config.targetName()).orElseThrow(() -> new SyncException(ProblemKind.REVOKED,
                context + ": not signed in to Dropbox"));
    }

    private static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (ownsHttp) {
            http.shutdown();
        }
    }
}
