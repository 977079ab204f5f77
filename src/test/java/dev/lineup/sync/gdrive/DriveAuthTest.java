package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.auth.oauth2.Credential;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.testing.fakes.gdrive.FakeOAuth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Installed-app sign-in with PKCE over a loopback redirect, renewal and revocation, against the fake. */
class DriveAuthTest {
    private static final String KEY = "gdrive.Family";

    private DriveFixture drive;
    private MemoryTokenStore store;
    private DriveAuth auth;
    private final HttpClient browserClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void setUp() throws Exception {
        drive = new DriveFixture();
        store = new MemoryTokenStore();
        auth = new DriveAuth(drive.endpoints, DriveFixture.CLIENT_ID, null, store, KEY);
    }

    @AfterEach
    void tearDown() {
        drive.close();
    }

    /** A browser that follows the consent page's redirect back to the loopback server. */
    private void browse(URI uri) {
        try {
            HttpResponse<String> r = browserClient.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        for (String p : uri.getRawQuery().split("&")) {
            String[] kv = p.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return q;
    }

    @Test
    void signInWithPkceStoresARefreshTokenThatPublishes() throws Exception {
        AtomicReference<URI> opened = new AtomicReference<>();
        Credential credential = auth.signIn(uri -> {
            opened.set(uri);
            browse(uri);
        }, Duration.ofSeconds(20));
        Map<String, String> q = query(opened.get());
        assertThat(q).containsEntry("code_challenge_method", "S256").containsKey("code_challenge")
                .containsEntry("client_id", DriveFixture.CLIENT_ID).containsEntry("access_type", "offline");
        assertThat(q.get("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(opened.get().toString()).doesNotContain("code_verifier");
        // The fake only issues tokens when SHA-256(verifier) matches the challenge sent to the browser.
        assertThat(drive.fake.oauth().calls()).containsExactly(new FakeOAuth.TokenCall("authorization_code", true, null));
        assertThat(store.refreshToken(KEY)).hasValueSatisfying(rt -> assertThat(drive.fake.oauth().isRefreshTokenValid(rt)).isTrue());
        DriveTarget target = new DriveTarget(DriveTargetConfig.of(drive.endpoints, "IPTV"), credential);
        assertThat(target.createIfAbsent("hello.txt", new byte[] {1})).isPresent();
    }

    @Test
    void redirectWithAnotherStateIsIgnoredNeverExchangedAndTheRealSignInStillCompletes() throws Exception {
        Credential credential = auth.signIn(uri -> {
            String redirect = query(uri).get("redirect_uri");
            URI forged = URI.create(redirect + "?code=4/attacker-code&state=not-the-state");
            try {
                HttpResponse<String> r = browserClient.send(HttpRequest.newBuilder(forged).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(r.body()).contains("ignored");
            } catch (IOException | InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
            browse(uri); // the user then finishes the real sign-in
        }, Duration.ofSeconds(20));
        assertThat(credential).isNotNull();
        // Only the real code was exchanged: the fake checks the PKCE verifier of each exchange.
        assertThat(drive.fake.oauth().calls()).containsExactly(new FakeOAuth.TokenCall("authorization_code", true, null));
        assertThat(store.refreshToken(KEY)).isPresent();
    }

    @Test
    void noAnswerFromTheBrowserTimesOut() {
        SyncException e = catchThrowableOfType(SyncException.class,
                () -> auth.signIn(uri -> { }, Duration.ofMillis(300)));
        assertThat(e.kind()).isEqualTo(ProblemKind.AUTH_EXPIRED);
        assertThat(e.getMessage()).contains("no answer");
    }

    @Test
    void expiredAccessTokenIsRenewedWithoutTheUserNoticing() throws Exception {
        auth.signIn(this::browse, Duration.ofSeconds(20));
        DriveTarget target = new DriveTarget(DriveTargetConfig.of(drive.endpoints, "IPTV"),
                auth.storedCredential().orElseThrow());
        target.list(); // first call fetches an access token with the stored refresh token
        drive.fake.oauth().expireAccessTokens();
        assertThat(target.list()).isEmpty();
        assertThat(drive.fake.oauth().calls()).filteredOn(c -> c.grant().equals("refresh_token"))
                .hasSize(2).allMatch(FakeOAuth.TokenCall::accepted);
    }

    @Test
    void revokeEndsTheGrantAtGoogleAndForgetsIt() throws Exception {
        auth.signIn(this::browse, Duration.ofSeconds(20));
        String refresh = store.refreshToken(KEY).orElseThrow();
        auth.revoke();
        assertThat(store.refreshToken(KEY)).isEmpty();
        assertThat(drive.fake.oauth().isRefreshTokenValid(refresh)).isFalse();
        auth.revoke(); // nothing stored: nothing to do
        DriveTarget stale = new DriveTarget(DriveTargetConfig.of(drive.endpoints, "IPTV"), auth.fromRefreshToken(refresh));
        SyncException e = catchThrowableOfType(SyncException.class, stale::list);
        assertThat(e.kind()).isEqualTo(ProblemKind.REVOKED);
        assertThat(e.getMessage()).doesNotContain(refresh);
    }

    @Test
    void revokingAGrantAlreadyRevokedElsewhereStillForgetsIt() throws Exception {
        auth.signIn(this::browse, Duration.ofSeconds(20));
        drive.fake.oauth().revokeEverything();
        auth.revoke();
        assertThat(store.refreshToken(KEY)).isEmpty();
    }
}
