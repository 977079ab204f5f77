package dev.lineup.testing.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import dev.lineup.testing.fakes.gdrive.Fault;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake Drive's answers on kept-alive connections: whole, in Drive's framing, and no silent closes. */
class FakeDriveConnectionTest {
    private static final String TOKEN = "wire-token";
    private static final int CHUNK = 256 * 1024;
    private FakeDrive drive;

    @BeforeEach
    void start() throws IOException {
        drive = FakeDrive.start();
        drive.oauth().registerAccessToken(TOKEN, new DriveStore.Account("Wire User", "wire@example.com"));
    }

    @AfterEach
    void stop() {
        drive.close();
    }

    @Test
    void anAnswerGivenBeforeTheBodyWasReadLeavesTheConnectionUsable() throws IOException {
        try (WireConnection wire = new WireConnection(URI.create(drive.rootUrl()))) {
            WireConnection.Answer gone = wire.exchange("PUT", "/upload/drive/v3/files?uploadType=resumable&upload_id=gone",
                    Map.of("Authorization", "Bearer " + TOKEN, "Content-Range", "bytes 0-299999/300000"),
                    new byte[300_000]);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.text()).contains("\"reason\":\"notFound\"");
            WireConnection.Answer list = wire.exchange("GET", "/drive/v3/files", Map.of("Authorization", "Bearer " + TOKEN),
                    new byte[0]);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.text()).startsWith("{\"kind\":\"drive#fileList\"");
        }
    }

    @Test
    void emptyAnswersSayContentLengthZeroAsDriveDoes() throws IOException {
        try (WireConnection wire = new WireConnection(URI.create(drive.rootUrl()))) {
            WireConnection.Answer session = wire.exchange("POST", "/upload/drive/v3/files?uploadType=resumable",
                    Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/json",
                            "X-Upload-Content-Length", "3"), "{\"name\":\"a.txt\"}".getBytes());
            assertThat(session.status()).isEqualTo(200);
            assertThat(session.headers()).containsEntry("content-length", "0").doesNotContainKey("transfer-encoding");
            assertThat(wire.strayBytes()).isZero();
        }
    }

    @Test
    void resumableUploadsThroughFaultsReadEveryAnswerAndOnlyReconnectAfterDrops() throws IOException {
        AtomicInteger connects = new AtomicInteger();
        OkHttpClient client = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(1, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .eventListener(new EventListener() {
                    @Override
                    public void connectStart(Call call, java.net.InetSocketAddress a, java.net.Proxy p) {
                        connects.incrementAndGet();
                    }
                })
                .build();
        for (int n = 0; n < 20; n++) {
            upload(client, "file" + n + ".bin");
        }
        assertThat(connects.get()).as("one connection, plus one after each upload's dropped chunk").isEqualTo(1 + 20);
    }

    /** Three chunks: a 308 with Range, a 503 and a 403 in Drive's JSON, a drop mid-chunk, a status query. */
    private void upload(OkHttpClient client, String name) throws IOException {
        int total = 3 * CHUNK;
        String location;
        try (Response r = call(client, "POST", drive.rootUrl() + "upload/drive/v3/files?uploadType=resumable",
                ("{\"name\":\"" + name + "\"}").getBytes(), Map.of("X-Upload-Content-Length", Integer.toString(total)))) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().bytes()).isEmpty();
            location = r.header("Location");
        }
        assertThat(put(client, location, 0, total).code()).isEqualTo(308);
        drive.inject(Fault.serverError(503).on("PUT", "/upload/.*"), 1);
        assertThat(put(client, location, CHUNK, total).body()).contains("\"code\":503", "backendError");
        drive.inject(Fault.rateLimit403("userRateLimitExceeded").on("PUT", "/upload/.*"), 1);
        assertThat(put(client, location, CHUNK, total).body()).contains("\"code\":403", "userRateLimitExceeded");
        assertThat(put(client, location, CHUNK, total).range()).isEqualTo("bytes=0-" + (2 * CHUNK - 1));
        drive.inject(Fault.dropConnection(1000).on("PUT", "/upload/.*"), 1);
        assertThatThrownBy(() -> put(client, location, 2 * CHUNK, total)).isInstanceOf(IOException.class);
        Answer status;
        try (Response r = call(client, "PUT", location, new byte[0], Map.of("Content-Range", "bytes */" + total))) {
            status = new Answer(r.code(), r.header("Range"), r.body().string());
        }
        assertThat(status.code()).isEqualTo(308);
        int have = Integer.parseInt(status.range().substring("bytes=0-".length())) + 1;
        Answer done = put(client, location, have, total);
        assertThat(done.code()).isEqualTo(200);
        assertThat(done.body()).contains("\"name\":\"" + name + "\"");
    }

    private record Answer(int code, String range, String body) {
    }

    private static Answer put(OkHttpClient client, String location, int from, int total) throws IOException {
        int to = Math.min(total, (from / CHUNK + 1) * CHUNK);
        byte[] bytes = new byte[to - from];
        try (Response r = call(client, "PUT", location, bytes,
                Map.of("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + total))) {
            return new Answer(r.code(), r.header("Range"), r.body().string());
        }
    }

    private static Response call(OkHttpClient client, String method, String url, byte[] body, Map<String, String> h)
            throws IOException {
        Request.Builder r = new Request.Builder().url(url).header("Authorization", "Bearer " + TOKEN)
                .method(method, RequestBody.create(body, MediaType.get("application/json")));
        h.forEach(r::header);
        return client.newCall(r.build()).execute();
    }
}
