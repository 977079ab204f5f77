package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PKCE sign-in through a simulated browser, refresh of expired tokens, and revocation, all against the fake. */
class DropboxAuthTest {
    private FakeDropbox fake;
    private TokenStore store;
    private DropboxConfig config;
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

    /** The user's browser: opens the page, Dropbox (the fake) approves and redirects to our loopback. */
    private int visit(String url) {
        try (Response r = browser.newCall(new Request.Builder().url(url).build()).execute()) {
            return r.code();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String location(String url) {
        OkHttpClient c = browser.newBuilder().followRedirects(false).build();
        try (Response r = c.newCall(new Request.Builder().url(url).build()).execute()) {
            return r.header("Location");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long tokenCalls() {
        return fake.requests().stream().map(LoggedRequest::path).filter("/oauth2/token"::equals).count();
    }

    @Test
    void signInWithPkceStoresRefreshableTokensThatWork() throws Exception {
        fake.signInAs("Ann Example");
        AtomicReference<URI> opened = new AtomicReference<>();
        AtomicInteger callbackStatus = new AtomicInteger();
        try (DropboxAuth auth = new DropboxAuth(config, store)) {
            OAuthTokens tokens = auth.signIn(uri -> {
                opened.set(uri);
                callbackStatus.set(visit(uri.toString()));
            }, Duration.ofSeconds(20));
            assertThat(tokens.canRefresh()).isTrue();
            assertThat(tokens.account()).isEqualTo(fake.accountId("Ann Example"));
            assertThat(tokens.expiresAt()).isAfter(Instant.now());
            assertThat(tokens.toString()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());
        }
        assertThat(opened.get().getQuery()).contains("token_access_type=offline", "code_challenge_method=S256",
                "redirect_uri=http://127.0.0.1:", "state=", "client_id=app-key");
        assertThat(callbackStatus.get()).isEqualTo(200);
        assertThat(store.get("dbx")).isPresent();
        try (DropboxTarget target = new DropboxTarget(config, store)) {
            assertThat(target.list()).isEmpty();
        }
    }

    @Test
    void redirectWithAForeignStateIsIgnoredNeverExchangedAndTheRealSignInStillCompletes() throws Exception {
        fake.signInAs("Ann Example");
        AtomicInteger forgedStatus = new AtomicInteger();
        try (DropboxAuth auth = new DropboxAuth(config, store)) {
            OAuthTokens tokens = auth.signIn(uri -> {
                String redirect = location(uri.toString());
                String forged = redirect.replaceAll("state=[^&]*", "state=forged-by-someone-else")
                        .replaceAll("code=[^&]*", "code=attacker-code");
                forgedStatus.set(visit(forged));
                visit(redirect); // the user's own answer arrives after the forged one
            }, Duration.ofSeconds(20));
            assertThat(tokens.account()).isEqualTo(fake.accountId("Ann Example"));
        }
        assertThat(forgedStatus.get()).isEqualTo(400);
        assertThat(tokenCalls()).isEqualTo(1);
        assertThat(store.get("dbx")).isPresent();
    }

    @Test
    void expiredAccessTokenIsRefreshedOnceAndTheNewOneStored() throws Exception {
        FakeDropbox.Tokens t = fake.newRefreshableTokens("Fake User", "app-key");
        store.put("dbx", new OAuthTokens(t.accessToken(), t.refreshToken(), null, "app-key", null));
        fake.expireToken(t.accessToken());
        try (DropboxTarget target = new DropboxTarget(config, store)) {
            assertThat(target.list()).isEmpty();
            String renewed = store.get("dbx").orElseThrow().accessToken();
            assertThat(renewed).isNotEqualTo(t.accessToken());
            assertThat(store.get("dbx").orElseThrow().refreshToken()).isEqualTo(t.refreshToken());
            target.list();
        }
        assertThat(tokenCalls()).isEqualTo(1);
        assertThat(fake.requests()).filteredOn(r -> r.status() == 401).hasSize(1);
    }

    @Test
    void tokenPastItsExpiryIsRefreshedBeforeTheCall() throws Exception {
        FakeDropbox.Tokens t = fake.newRefreshableTokens("Fake User", "app-key");
        store.put("dbx", new OAuthTokens(t.accessToken(), t.refreshToken(), Instant.now().minusSeconds(60),
                "app-key", null));
        try (DropboxTarget target = new DropboxTarget(config, store)) {
            target.list();
        }
        assertThat(tokenCalls()).isEqualTo(1);
        assertThat(fake.requests()).noneMatch(r -> r.status() == 401);
    }

    @Test
    void revokeEndsTheSignInAtDropboxAndForgetsTheTokens() throws Exception {
        FakeDropbox.Tokens t = fake.newRefreshableTokens("Fake User", "app-key");
        OAuthTokens tokens = new OAuthTokens(t.accessToken(), t.refreshToken(), null, "app-key", null);
        store.put("dbx", tokens);
        try (DropboxAuth auth = new DropboxAuth(config, store)) {
            auth.revoke();
            assertThat(store.get("dbx")).isEmpty();
            store.put("dbx", tokens);
            SyncException refresh = catchThrowableOfType(SyncException.class, auth::refresh);
            assertThat(refresh.kind()).isEqualTo(ProblemKind.REVOKED);
        }
        TokenStore old = TokenStore.inMemory();
        old.put("dbx", OAuthTokens.accessOnly(t.accessToken()));
        try (DropboxTarget target = new DropboxTarget(config, old)) {
            SyncException e = catchThrowableOfType(SyncException.class, target::list);
            assertThat(e.kind()).isEqualTo(ProblemKind.REVOKED);
        }
    }
}
