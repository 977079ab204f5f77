package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.Reauthorizer;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "reauthorize" recovery action on a Dropbox target: revoke, sign in again through the browser, carry on. */
class DropboxReauthorizeTest {
    private FakeDropbox fake;
    private TokenStore store;
    private DropboxConfig config;
    private final List<URI> opened = new ArrayList<>();
    private final OkHttpClient browser = new OkHttpClient();

    @BeforeEach
    void start() throws Exception {
        fake = FakeDropbox.start();
        store = TokenStore.inMemory();
        config = DropboxConfig.of("dbx", "/IPTV").withApiBaseUrl(fake.baseUrl()).withAppKey("app-key");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    /** The user's browser: Dropbox (the fake) approves and redirects to the loopback receiver. */
    private void browse(URI uri) {
        opened.add(uri);
        try (Response r = browser.newCall(new Request.Builder().url(uri.toString()).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRevokedTargetWorksAgainAfterReauthorizeWithoutBeingRebuilt() throws Exception {
        FakeDropbox.Tokens old = fake.newRefreshableTokens("Ann Example", "app-key");
        store.put("dbx", new OAuthTokens(old.accessToken(), old.refreshToken(), null, "app-key", null));
        fake.signInAs("Ann Example");
        try (DropboxTarget target = new DropboxTarget(config, store, this::browse)) {
            fake.revokeToken(old.accessToken());
            fake.revokeRefreshToken(old.refreshToken());
            SyncException revoked = catchThrowableOfType(SyncException.class, target::list);
            assertThat(revoked.kind()).isEqualTo(ProblemKind.REVOKED);

            Reauthorizer r = target;
            r.reauthorize();

            assertThat(opened).hasSize(1);
            assertThat(opened.get(0).getQuery()).contains("code_challenge_method=S256", "state=");
            OAuthTokens fresh = store.get("dbx").orElseThrow();
            assertThat(fresh.accessToken()).isNotEqualTo(old.accessToken());
            assertThat(fresh.account()).isEqualTo(fake.accountId("Ann Example"));
            assertThat(target.list()).isEmpty();
        }
    }

    @Test
    void reauthorizeRevokesTheOldGrantAtDropboxFirst() throws Exception {
        FakeDropbox.Tokens old = fake.newRefreshableTokens("Ann Example", "app-key");
        store.put("dbx", new OAuthTokens(old.accessToken(), old.refreshToken(), null, "app-key", null));
        fake.signInAs("Ann Example");
        try (DropboxTarget target = new DropboxTarget(config, store, this::browse)) {
            target.reauthorize();
        }
        assertThat(fake.requests()).extracting(r -> r.path()).containsSubsequence("/2/auth/token/revoke",
                "/oauth2/token");
        TokenStore oldOnly = TokenStore.inMemory();
        oldOnly.put("dbx", OAuthTokens.accessOnly(old.accessToken()));
        try (DropboxTarget stale = new DropboxTarget(config, oldOnly)) {
            assertThat(catchThrowableOfType(SyncException.class, stale::list).kind()).isEqualTo(ProblemKind.REVOKED);
        }
    }

    @Test
    void aTargetWithoutABrowserRefusesAndKeepsItsGrant() throws Exception {
        FakeDropbox.Tokens old = fake.newRefreshableTokens("Ann Example", "app-key");
        store.put("dbx", new OAuthTokens(old.accessToken(), old.refreshToken(), null, "app-key", null));
        try (DropboxTarget target = new DropboxTarget(config, store)) {
            SyncException e = catchThrowableOfType(SyncException.class, target::reauthorize);
            assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
            assertThat(e.getMessage()).contains("lineup target login dbx");
            assertThat(target.list()).isEmpty();
        }
        assertThat(fake.requests()).noneMatch(r -> r.path().equals("/2/auth/token/revoke"));
    }
}
