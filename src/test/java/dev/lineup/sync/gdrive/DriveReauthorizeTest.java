package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "reauthorize" recovery action on a Drive target: revoke, sign in again, the same target carries on. */
class DriveReauthorizeTest {
    private static final String KEY = "gdrive.Family";

    private DriveFixture drive;
    private MemoryTokenStore store;
    private DriveAuth auth;
    private final AtomicInteger browserVisits = new AtomicInteger();
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

    private void browse(URI uri) {
        browserVisits.incrementAndGet();
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

    @Test
    void aRevokedTargetPublishesAgainAfterReauthorizeAndTheOldGrantIsGone() throws Exception {
        auth.signIn(this::browse, Duration.ofSeconds(20));
        String oldRefresh = store.refreshToken(KEY).orElseThrow();
        DriveTarget target = new DriveTarget(DriveTargetConfig.of(drive.endpoints, "IPTV"),
                auth.storedCredential().orElseThrow(), auth, this::browse);
        target.createIfAbsent("before.txt", new byte[] {1});
        drive.fake.oauth().revokeEverything();
        drive.fake.oauth().expireAccessTokens();
        assertThat(catchThrowableOfType(SyncException.class, target::list).kind()).isEqualTo(ProblemKind.REVOKED);

        target.reauthorize();

        assertThat(browserVisits).hasValue(2);
        String newRefresh = store.refreshToken(KEY).orElseThrow();
        assertThat(newRefresh).isNotEqualTo(oldRefresh);
        assertThat(drive.fake.oauth().isRefreshTokenValid(oldRefresh)).isFalse();
        assertThat(target.createIfAbsent("after.txt", new byte[] {2})).isPresent();
        assertThat(target.list()).extracting(f -> f.name()).containsExactly("after.txt", "before.txt");
    }

    @Test
    void aTargetWithoutABrowserRefusesAndKeepsItsGrant() throws Exception {
        auth.signIn(this::browse, Duration.ofSeconds(20));
        String refresh = store.refreshToken(KEY).orElseThrow();
        DriveTarget target = new DriveTarget(DriveTargetConfig.of(drive.endpoints, "IPTV"),
                auth.storedCredential().orElseThrow());
        assertThat(catchThrowableOfType(SyncException.class, target::reauthorize).kind())
                .isEqualTo(ProblemKind.BAD_REQUEST);
        assertThat(drive.fake.oauth().isRefreshTokenValid(refresh)).isTrue();
        assertThat(target.list()).isEmpty();
    }
}
