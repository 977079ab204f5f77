package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.Fault;
import dev.lineup.testing.fakes.dropbox.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI publishing through the real Dropbox SDK to the fake, pointed at it by LINEUP_DROPBOX_API_URL. */
class PublishDropboxCliTest {
    @TempDir
    Path tmp;
    FakeDropbox fake;
    Path data;
    Map<String, String> env;
    String token;

    @BeforeEach
    void setUp() throws Exception {
        fake = FakeDropbox.start();
        token = fake.newAccessToken("Fake User");
        env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(), "BOX_TOKEN", token);
        data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        CliRun add = ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env",
                "BOX_TOKEN"));
        assertThat(add.out()).contains("target \"box\": dropbox folder /IPTV (token stored)").doesNotContain(token);
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    CliRun publish() {
        return publish("--progress");
    }

    CliRun publish(String progress) {
        CliRun r = run(data, env, "publish", "--target", "box", progress);
        assertThat(r.out() + r.err()).doesNotContain(token);
        return r;
    }

    @Test
    void theTokenIsStoredAsASecretAndNeverPrinted() throws Exception {
        assertThat(ok(run(data, env, "config", "list")).out()).doesNotContain(token);
        assertThat(ok(run(data, env, "target", "list")).out()).contains("box\tdropbox\t/IPTV  signed in")
                .doesNotContain(token);
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            assertThat(ws.store().secrets().get("target.box.tokens")).hasValueSatisfying(v -> assertThat(v).contains(token));
            assertThat(ws.store().targets().find("box").orElseThrow().configJson()).doesNotContain(token);
        }
        CliRun missing = run(data, Map.of(), "target", "add", "dropbox", "b2", "--folder", "/X", "--access-token-env",
                "LINEUP_TEST_UNSET_VAR");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.firstErrLine()).isEqualTo("error: environment variable LINEUP_TEST_UNSET_VAR is not set or empty");
    }

    @Test
    void publishUploadsToTheFakeWithShareLinksAndARepublishOfUnchangedOutputUploadsNothing() throws Exception {
        CliRun first = ok(publish());
        assertThat(fake.content("/IPTV/family.m3u")).hasValueSatisfying(b -> assertThat(new String(b)).contains("Kids TV"));
        JsonNode manifest = new ObjectMapper().readTree(fake.content("/IPTV/lineup-manifest.json").orElseThrow());
        assertThat(manifest.path("generation").asLong()).isEqualTo(1);
        // Dropbox makes the guide's share link only once the file exists: the guide goes up first and the playlist
        // names its link before it goes up, so the first publish is complete and the next one uploads nothing.
        String guideLink = first.out().lines().filter(l -> l.startsWith("family.xml.gz\t")).findFirst().orElseThrow()
                .split("\t")[3];
        assertThat(new String(fake.content("/IPTV/family.m3u").orElseThrow())).startsWith("#EXTM3U url-tvg=\""
                + guideLink + "\"");
        assertThat(first.out()).containsPattern("family\\.m3u\t\\d+ bytes\tuploaded\thttp://127\\.0\\.0\\.1:\\d+/\\S+");
        assertThat(fake.content("/IPTV/lockfile.json")).isEmpty();

        int before = fake.requests().size();
        CliRun second = ok(publish());
        List<LoggedRequest> during = fake.requests().subList(before, fake.requests().size());
        long uploadedBytes = during.stream().filter(r -> r.path().contains("/files/upload") && !r.arg().contains("lockfile")
                && !r.arg().contains("lineup-generation")).mapToLong(LoggedRequest::bodyBytes).sum();
        assertThat(uploadedBytes).as("%s", during.stream().map(LoggedRequest::path).collect(Collectors.toList())).isZero();
        assertThat(second.out()).contains("family.m3u\t").contains("unchanged").contains("0 bytes; output was already up to date");
    }

    @Test
    void rateLimitedUploadsAreRetriedAfterRetryAfterAndThePublishSucceeds() {
        fake.inject(Fault.rateLimited("files/upload$", 1, Duration.ofSeconds(1)));
        CliRun published = ok(publish());
        assertThat(published.err()).as("the countdown of the automatic retry")
                .containsPattern("lineup: rate limited by the provider \\((upload|write) [a-z.]+\\); next try in 1 s, at \\S+Z\n");
        assertThat(fake.requests()).anySatisfy(r -> assertThat(r.status()).isEqualTo(429));
        assertThat(fake.content("/IPTV/family.m3u")).isPresent();
        assertThat(fake.pendingFaults()).isZero();
    }

    @Test
    void aRateLimitOutlastingItsBudgetNamesTheProvidersNextRetryTimeAndTheCommandToRunThen() throws Exception {
        ok(run(data, env, "config", "set", "publish.rate-limit-wait", "0"));
        fake.inject(Fault.rateLimited("files/upload$", 1, Duration.ofSeconds(30)));
        java.time.Instant before = java.time.Instant.now();
        CliRun r = publish("--no-progress");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.firstErrLine()).startsWith("RateLimited: ").containsPattern("the next try is possible at \\S+Z$");
        String at = r.firstErrLine().replaceAll(".* at (\\S+Z)$", "$1");
        assertThat(java.time.Instant.parse(at)).isBetween(before.plusSeconds(29), java.time.Instant.now().plusSeconds(31));
        assertThat(r.err()).contains("  - Publish again at " + at + " or later: lineup --data-dir " + data
                + " publish --target box");
    }

    @Test
    void lockCommandsKeepToTheSameRateLimitWaitAsPublishing() {
        // The lock command's calls share the open target's one pacer, so the user's wait applies to them too:
        // with no wait allowed, a rate limit ends the command at once rather than after the provider's 30 s.
        ok(run(data, env, "config", "set", "publish.rate-limit-wait", "0"));
        fake.inject(Fault.rateLimited("files/get_metadata$", 1, Duration.ofSeconds(30)));
        long started = System.nanoTime();
        CliRun r = run(data, env, "lock", "status", "box");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.firstErrLine()).startsWith("RateLimited: ").containsPattern("the next try is possible at \\S+Z$");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no wait for the provider's Retry-After")
                .isLessThan(Duration.ofSeconds(25));
        assertThat(r.err()).doesNotContain(token);
    }

    @Test
    void anExpiredTokenEndsInAuthExpiredWithExitThree() throws Exception {
        fake.expireToken(token);
        CliRun r = publish("--no-progress");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.firstErrLine()).startsWith("AuthExpired: ");
        assertThat(r.err()).contains("lineup --data-dir " + data + " target login box");
        assertThat(fake.content("/IPTV/family.m3u")).isEmpty();
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            assertThat(ws.store().problems().recent(5)).anySatisfy(p -> assertThat(p.kind()).isEqualTo("AuthExpired"));
        }
    }
}
