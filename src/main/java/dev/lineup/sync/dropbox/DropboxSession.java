package dev.lineup.sync.dropbox;

import com.dropbox.core.DbxException;
import com.dropbox.core.InvalidAccessTokenException;
import com.dropbox.core.v2.DbxClientV2;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs one SDK call with the target's current token. An expired token is refreshed once (when a
 * refresh token and app key are known) and the call repeated once; that is renewal, not a retry. Every
 * other failure becomes a {@link SyncException} for the shared pacer to judge.
 */
final class DropboxSession {
    /** Refresh a little early so a token does not expire between check and use. */
    private static final Duration EARLY = Duration.ofMinutes(5);

    interface Call<T> {
        T run(DbxClientV2 client) throws DbxException, IOException, SyncException;
    }

    private final DropboxConfig config;
    private final TokenStore store;
    private final DropboxHttp http;
    private final DropboxAuth auth;
    private volatile DbxClientV2 client;
    private volatile String clientToken;

    DropboxSession(DropboxConfig config, TokenStore store, DropboxHttp http) {
        this.config = config;
        this.store = store;
        this.http = http;
        this.auth = new DropboxAuth(config, store, http, false);
    }

    <T> T call(String context, Call<T> call) throws SyncException {
        OAuthTokens tokens = store.get(config.targetName()).orElseThrow(() -> new SyncException(
                ProblemKind.REVOKED, context + ": not signed in to Dropbox"));
        if (tokens.canRefresh() && tokens.expiresAt() != null
                && Instant.now().isAfter(tokens.expiresAt().minus(EARLY))) {
            tokens = auth.refresh();
        }
        try {
            return call.run(client(tokens));
        } catch (InvalidAccessTokenException e) {
            if (e.getAuthError() == null || !e.getAuthError().isExpiredAccessToken() || !tokens.canRefresh()) {
                throw DropboxProblems.of(context, e);
            }
        } catch (DbxException e) {
            throw DropboxProblems.of(context, e);
        } catch (IOException e) {
            throw DropboxProblems.io(context, e);
        }
        OAuthTokens fresh = auth.refresh();
        try {
            return call.run(client(fresh));
        } catch (DbxException e) {
            throw DropboxProblems.of(context, e);
        } catch (IOException e) {
            throw DropboxProblems.io(context, e);
        }
    }

    private DbxClientV2 client(OAuthTokens tokens) {
        DbxClientV2 c = client;
        if (c == null || !tokens.accessToken().equals(clientToken)) {
            c = new DbxClientV2(http.requestConfig, tokens.accessToken());
            client = c;
            clientToken = tokens.accessToken();
        }
        return c;
    }
}
