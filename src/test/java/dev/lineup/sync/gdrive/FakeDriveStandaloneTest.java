package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The fake as a demo or another process uses it: a fixed token, faults armed and the write log read over HTTP. */
class FakeDriveStandaloneTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void faultsArmedOverHttpReachTheTargetAndWritesShowInTheLog() throws Exception {
        try (FakeDrive fake = FakeDrive.start()) {
            fake.oauth().registerAccessToken("demo-token", new DriveStore.Account("Demo", "demo@example.com"));
            DriveTarget target = new DriveTarget(DriveTargetConfig.of(DriveEndpoints.fromEnvironment(
                    java.util.Map.of(DriveEndpoints.ROOT_URL_ENV, fake.rootUrl())), "IPTV"),
                    DriveAuth.fromAccessToken("demo-token"));
            target.createIfAbsent("lockfile.json", "{}".getBytes());
            HttpResponse<String> armed = http.send(HttpRequest.newBuilder(URI.create(fake.rootUrl()
                    + "_fake/fault?status=429&retryAfter=3&method=GET&path=/drive/v3/files.*&times=1"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(armed.statusCode()).isEqualTo(204);
            SyncException e = catchThrowableOfType(SyncException.class, target::list);
            assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED);
            assertThat(target.list()).hasSize(1);
            String log = http.send(HttpRequest.newBuilder(URI.create(fake.rootUrl() + "_fake/log")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(log).contains("\"op\":\"create\"").contains("\"name\":\"lockfile.json\"")
                    .contains("demo@example.com");
        }
    }
}
