package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dropbox.core.DbxDownloader;
import com.dropbox.core.DbxException;
import com.dropbox.core.v2.DbxClientV2;
import com.dropbox.core.v2.files.FileMetadata;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An error answer must give its connection back clean. The SDK leaves the body of a download answered
 * 500 or 503 unread and unclosed; OkHttp 5 may later reuse such a leaked connection, and the next call
 * then read "Service UnavailableHTTP/1.1 409" (the race test's reader met exactly that after an injected
 * 503). Here each failed call must leave no connection in use, and one connection serves them all.
 */
class DropboxErrorAnswerConnectionTest {
    private static final String LOCK = "/t/lockfile.json";
    private static final byte[] CONTENT = "{\"schema\":1}".getBytes(StandardCharsets.UTF_8);

    private FakeDropbox fake;
    private DropboxHttp http;
    private DbxClientV2 client;

    @BeforeEach
    void start() throws IOException {
        fake = FakeDropbox.start();
        fake.putFile(LOCK, CONTENT, "Fake User");
        http = new DropboxHttp(DropboxConfig.of("t", "/t").withApiBaseUrl(fake.baseUrl()));
        client = new DbxClientV2(http.requestConfig, fake.accessToken());
    }

    @AfterEach
    void stop() {
        http.shutdown();
        fake.close();
    }

    @Test
    void downloadsAnsweredWithErrorsLeaveNoConnectionInUseAndTheNextDownloadReadsItsOwnAnswer() throws Exception {
        List<Fault> faults = List.of(
                Fault.unavailable("files/download", 1, Duration.ofSeconds(1)),
                Fault.serverError("files/download", 1),
                Fault.rateLimited("files/download", 1, Duration.ofSeconds(1)),
                Fault.expiredToken("files/download", 1),
                Fault.response("files/download", 1, 503, null, null));
        for (int round = 0; round < 3; round++) {
            for (Fault fault : faults) {
                fake.inject(fault);
                assertThatThrownBy(() -> download(LOCK)).as("status %d", fault.status())
                        .isInstanceOf(DbxException.class);
                assertThat(connectionsInUse()).as("connections still held after a %d", fault.status()).isZero();
                assertThatThrownBy(() -> download("/t/missing.json")).as("409 after a %d", fault.status())
                        .isInstanceOf(com.dropbox.core.v2.files.DownloadErrorException.class);
                assertThat(connectionsInUse()).as("connections still held after a 409").isZero();
                assertThat(download(LOCK)).as("the lock read after a %d", fault.status()).isEqualTo(CONTENT);
            }
        }
        assertThat(http.client.connectionPool().connectionCount()).as("one kept-alive connection served all")
                .isEqualTo(1);
    }

    private byte[] download(String path) throws DbxException, IOException {
        try (DbxDownloader<FileMetadata> d = client.files().download(path)) {
            return d.getInputStream().readAllBytes();
        }
    }

    /** Connections allocated to a call; waits up to a second for a call just finished to let go of its own. */
    private int connectionsInUse() throws InterruptedException {
        ConnectionPool pool = http.client.connectionPool();
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        int inUse = pool.connectionCount() - pool.idleConnectionCount();
        while (inUse > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            inUse = pool.connectionCount() - pool.idleConnectionCount();
        }
        return inUse;
    }
}
