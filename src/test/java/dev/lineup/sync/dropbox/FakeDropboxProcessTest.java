package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.WriteRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fake as the race test will use it: many clients at once, and as its own process controlled over HTTP. */
class FakeDropboxProcessTest {

    private static DropboxTarget target(URI base, String token) {
        TokenStore store = TokenStore.inMemory();
        store.put("dbx", OAuthTokens.accessOnly(token));
        return new DropboxTarget(DropboxConfig.of("dbx", "/IPTV").withApiBaseUrl(base), store);
    }

    @Test
    void concurrentCreatorsOfTheLockfileHaveExactlyOneWinner() throws Exception {
        try (FakeDropbox fake = FakeDropbox.start()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Optional<RemoteFile>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String lock = "{\"lockId\":\"L" + i + "\"}";
                Callable<Optional<RemoteFile>> attempt = () -> {
                    try (DropboxTarget t = target(fake.baseUrl(), fake.accessToken())) {
                        return t.createIfAbsent("lockfile.json", lock.getBytes(StandardCharsets.UTF_8));
                    }
                };
                results.add(pool.submit(attempt));
            }
            int winners = 0;
            for (Future<Optional<RemoteFile>> f : results) {
                winners += f.get().isPresent() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(winners).isEqualTo(1);
            List<WriteRecord> log = fake.writeLog();
            assertThat(log).hasSize(1);
            assertThat(new String(fake.content("/IPTV/lockfile.json").orElseThrow(), StandardCharsets.UTF_8))
                    .contains(log.get(0).lockId());
        }
    }

    @Test
    void standaloneFakeServesClientsAndTakesFaultsOverHttp() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FakeDropbox.class.getName(), "--token", "demo-token").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            URI base = null;
            while (base == null && (line = out.readLine()) != null) {
                if (line.startsWith("FAKE_DROPBOX_URL=")) {
                    base = URI.create(line.substring("FAKE_DROPBOX_URL=".length()));
                }
            }
            assertThat(base).isNotNull();
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            OkHttpClient http = new OkHttpClient();
            try (DropboxTarget t = target(base, "demo-token")) {
                t.createIfAbsent("lockfile.json", "{\"lockId\":\"abc\"}".getBytes(StandardCharsets.UTF_8));
                try (Response r = http.newCall(new Request.Builder().url(base + "/_fake/fault?kind=serverError"
                        + "&path=list_folder&count=1").post(RequestBody.create(new byte[0])).build()).execute()) {
                    assertThat(r.code()).isEqualTo(200);
                }
                assertThat(catchThrowableOfType(SyncException.class, t::list).kind())
                        .isEqualTo(ProblemKind.UNREACHABLE);
                assertThat(t.list()).hasSize(1);
            }
            try (Response r = http.newCall(new Request.Builder().url(base + "/_fake/writelog").build()).execute()) {
                assertThat(r.body().string()).contains("\"lockId\":\"abc\"").contains("/IPTV/lockfile.json");
            }
        } finally {
            p.destroy();
            p.waitFor();
        }
    }
}
