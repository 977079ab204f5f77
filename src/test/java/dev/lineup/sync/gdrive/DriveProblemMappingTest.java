package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.testing.fakes.gdrive.Fault;
import dev.lineup.testing.fakes.gdrive.FakeOAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Drive failure of DESIGN.md's problem table becomes the right ProblemKind, once, without retries. */
class DriveProblemMappingTest {
    @TempDir
    Path tmp;
    private DriveFixture drive;
    private DriveTarget target;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        drive = new DriveFixture();
        target = drive.target("IPTV");
        file = Files.writeString(tmp.resolve("family.m3u"), "#EXTM3U\n");
        target.put("family.m3u", file); // folder exists; later calls hit the file endpoints
    }

    @AfterEach
    void tearDown() {
        drive.close();
    }

    private SyncException failingPut() {
        return catchThrowableOfType(SyncException.class, () -> target.put("family.m3u", file));
    }

    @Test
    void serverErrorIsUnreachableAndNotRetriedInsideTheTarget() {
        drive.fake.inject(Fault.serverError(503).on("POST", "/upload/.*"), 1);
        drive.fake.inject(Fault.serverError(503).on("PATCH", "/upload/.*"), 1);
        SyncException e = failingPut();
        assertThat(e.kind()).isEqualTo(ProblemKind.UNREACHABLE);
        assertThat(e.kind().retryable()).isTrue();
        // Exactly one upload attempt reached the server: the next call goes through.
        assertThat(drive.fake.store().writeLog()).hasSize(2);
    }

    @Test
    void tooManyRequestsIsRateLimitedWithRetryAfter() {
        drive.fake.inject(Fault.tooManyRequests(Duration.ofSeconds(7)).on("GET", "/drive/v3/files.*"), 1);
        SyncException e = catchThrowableOfType(SyncException.class, () -> target.list());
        assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void drive403RateLimitsAreRateLimited() throws Exception {
        for (String reason : new String[] {"rateLimitExceeded", "userRateLimitExceeded"}) {
            drive.fake.inject(Fault.rateLimit403(reason).on("GET", "/drive/v3/files.*"), 1);
            SyncException e = catchThrowableOfType(SyncException.class, () -> target.stat("family.m3u"));
            assertThat(e.kind()).as(reason).isEqualTo(ProblemKind.RATE_LIMITED);
            assertThat(e.facts()).containsEntry("reason", reason);
        }
        assertThat(target.stat("family.m3u")).isPresent();
    }

    @Test
    void storageQuotaExceededIsQuotaFull() {
        drive.fake.setQuotaBytes(4);
        SyncException e = failingPut();
        assertThat(e.kind()).isEqualTo(ProblemKind.QUOTA_FULL);
        assertThat(e.kind().retryable()).isFalse();
    }

    @Test
    void injectedQuotaFaultIsQuotaFull() {
        drive.fake.inject(Fault.quotaFull().on(null, "/upload/.*"), 1);
        assertThat(failingPut().kind()).isEqualTo(ProblemKind.QUOTA_FULL);
    }

    @Test
    void otherForbiddenIsForbidden() {
        drive.fake.inject(Fault.forbidden().on("GET", "/drive/v3/files.*"), 1);
        SyncException e = catchThrowableOfType(SyncException.class, () -> target.list());
        assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN);
        assertThat(e.facts()).containsEntry("reason", "insufficientFilePermissions");
    }

    @Test
    void expiredAccessTokenWithoutRefreshIsAuthExpired() throws Exception {
        FakeOAuth.Tokens tokens = drive.fake.oauth().issue(DriveFixture.OFFICE);
        DriveTarget fixed = new DriveTarget(DriveTargetConfig.of(drive.endpoints, "IPTV"),
                DriveAuth.fromAccessToken(tokens.accessToken()));
        assertThat(fixed.list()).hasSize(1);
        drive.fake.oauth().expireAccessTokens();
        SyncException e = catchThrowableOfType(SyncException.class, fixed::list);
        assertThat(e.kind()).isEqualTo(ProblemKind.AUTH_EXPIRED);
        assertThat(e.getMessage()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());
    }

    @Test
    void revokedGrantIsRevoked() {
        drive.fake.oauth().revokeEverything();
        SyncException e = catchThrowableOfType(SyncException.class, () -> target.list());
        assertThat(e.kind()).isEqualTo(ProblemKind.REVOKED);
        assertThat(e.getMessage()).contains("sign in again");
    }

    @Test
    void revokedGrantFoundOnRefreshAfter401IsRevoked() throws Exception {
        target.list();
        drive.fake.oauth().expireAccessTokens();
        drive.fake.oauth().revokeEverything();
        assertThat(catchThrowableOfType(SyncException.class, () -> target.list()).kind())
                .isEqualTo(ProblemKind.REVOKED);
    }

    @Test
    void droppedConnectionIsUnreachable() {
        // Two drops: the JDK's HttpURLConnection itself re-sends an idempotent request once when the
        // connection dies before any answer (it cannot be switched off); the target adds nothing to that.
        drive.fake.inject(Fault.dropConnection(0).on("GET", "/drive/v3/files.*"), 2);
        assertThat(catchThrowableOfType(SyncException.class, () -> target.list()).kind())
                .isEqualTo(ProblemKind.UNREACHABLE);
    }

    @Test
    void serverGoneIsUnreachable() {
        drive.close();
        SyncException e = catchThrowableOfType(SyncException.class, () -> target.list());
        assertThat(e.kind()).isEqualTo(ProblemKind.UNREACHABLE);
        assertThat(e.facts()).containsKey("lastError");
    }

    @Test
    void missingFileIsBadRequestNamingIt() {
        SyncException e = catchThrowableOfType(SyncException.class, () -> target.open("nope.m3u"));
        assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
        assertThat(e.getMessage()).contains("nope.m3u").contains("IPTV");
    }

    @Test
    void folderDeletedBehindOurBackIsReportedAndRecreatedNextTime() throws Exception {
        String folderId = drive.fake.store().query(f -> f.name().equals("IPTV")).get(0).id();
        drive.fake.store().delete(folderId, DriveFixture.OFFICE);
        SyncException e = catchThrowableOfType(SyncException.class,
                () -> target.createIfAbsent("x.json", new byte[] {1}));
        assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
        assertThat(e.getMessage()).contains("'IPTV'");
        assertThat(target.put("family.m3u", file).name()).isEqualTo("family.m3u");
        assertThat(drive.fake.file("IPTV", "family.m3u")).isPresent();
    }
}
