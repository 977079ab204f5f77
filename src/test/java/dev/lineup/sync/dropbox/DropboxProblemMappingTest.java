package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import dev.lineup.testing.fakes.dropbox.Fault;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;

/** Each Dropbox failure, as the fake sends it on the wire, becomes the problem kind a user is shown. */
class DropboxProblemMappingTest {
    private FakeDropbox fake;
    private TokenStore store;
    private DropboxTarget target;
    private String token;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        fake = FakeDropbox.start();
        store = TokenStore.inMemory();
        token = fake.accessToken();
        store.put("dbx", OAuthTokens.accessOnly(token));
        target = new DropboxTarget(DropboxConfig.of("dbx", "/IPTV").withApiBaseUrl(fake.baseUrl()), store);
    }

    @AfterEach
    void stop() {
        target.close();
        fake.close();
    }

    private SyncException failure(ThrowingConsumer<DropboxTarget> call) {
        SyncException e = catchThrowableOfType(SyncException.class, () -> call.accept(target));
        assertThat(e).as("a SyncException").isNotNull();
        assertThat(e.getMessage()).doesNotContain(token);
        assertThat(e.facts().values()).noneMatch(v -> v.contains(token));
        return e;
    }

    private Path file(String text) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "f", ".txt"), text);
    }

    @Test
    void expiredTokenWithoutRefreshTokenIsAuthExpired() {
        fake.expireToken(token);
        assertThat(failure(DropboxTarget::list).kind()).isEqualTo(ProblemKind.AUTH_EXPIRED);
    }

    @Test
    void revokedTokenIsRevoked() {
        fake.revokeToken(token);
        assertThat(failure(DropboxTarget::list).kind()).isEqualTo(ProblemKind.REVOKED);
    }

    @Test
    void missingSignInIsRevoked() {
        store.delete("dbx");
        assertThat(failure(DropboxTarget::list).kind()).isEqualTo(ProblemKind.REVOKED);
    }

    @Test
    void expiredTokenWhoseRefreshTokenWasRevokedIsRevoked() {
        FakeDropbox.Tokens t = fake.newRefreshableTokens("Fake User", "app-key");
        store.put("dbx", new OAuthTokens(t.accessToken(), t.refreshToken(), null, "app-key", null));
        fake.expireToken(t.accessToken());
        fake.revokeRefreshToken(t.refreshToken());
        SyncException e = failure(DropboxTarget::list);
        assertThat(e.kind()).isEqualTo(ProblemKind.REVOKED);
        assertThat(e.getMessage()).doesNotContain(t.refreshToken());
    }

    @Test
    void forbiddenIsForbidden() {
        fake.inject(Fault.forbidden("list_folder", 1));
        assertThat(failure(DropboxTarget::list).kind()).isEqualTo(ProblemKind.FORBIDDEN);
    }

    @Test
    void fullAccountIsQuotaFullWithUsageFacts() throws Exception {
        fake.setQuota(10);
        SyncException e = failure(t -> t.put("guide.xml", file("more than ten bytes")));
        assertThat(e.kind()).isEqualTo(ProblemKind.QUOTA_FULL);
        assertThat(e.facts()).containsEntry("allocatedBytes", "10").containsEntry("usedBytes", "0")
                .containsKey("usage");
    }

    @Test
    void tooManyRequestsIsRateLimitedWithRetryAfter() {
        fake.inject(Fault.rateLimited("list_folder", 1, Duration.ofSeconds(7)));
        SyncException e = failure(DropboxTarget::list);
        assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void tooManyWriteOperationsIsRateLimited() throws Exception {
        fake.inject(Fault.tooManyWriteOperations("files/upload", 1, Duration.ofSeconds(2)));
        SyncException e = failure(t -> t.put("a.m3u", file("a")));
        assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void tooManyWriteOperationsAsRouteErrorIsRateLimited() throws Exception {
        fake.inject(Fault.response("files/upload", 1, 409, null, "{\"error_summary\":\"path/too_many_write_operations/.\","
                + "\"error\":{\".tag\":\"path\",\"reason\":{\".tag\":\"too_many_write_operations\"},"
                + "\"upload_session_id\":\"x\"}}"));
        assertThat(failure(t -> t.put("a.m3u", file("a"))).kind()).isEqualTo(ProblemKind.RATE_LIMITED);
    }

    @Test
    void serverErrorsAreUnreachable() {
        fake.inject(Fault.serverError("get_metadata", 1));
        assertThat(failure(t -> t.stat("a.m3u")).kind()).isEqualTo(ProblemKind.UNREACHABLE);
        fake.inject(Fault.unavailable("get_metadata", 1, Duration.ofSeconds(3)));
        SyncException e = failure(t -> t.stat("a.m3u"));
        assertThat(e.kind()).isEqualTo(ProblemKind.UNREACHABLE);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void droppedConnectionIsUnreachable() throws Exception {
        fake.inject(Fault.dropConnection("files/upload", 1));
        assertThat(failure(t -> t.put("a.m3u", file("a"))).kind()).isEqualTo(ProblemKind.UNREACHABLE);
        assertThat(fake.content("/IPTV/a.m3u")).isEmpty();
    }

    @Test
    void stoppedServerIsUnreachable() {
        fake.close();
        assertThat(failure(DropboxTarget::list).kind()).isEqualTo(ProblemKind.UNREACHABLE);
    }

    @Test
    void malformedPathIsBadRequest() throws Exception {
        fake.inject(Fault.response("files/upload", 1, 409, null, "{\"error_summary\":\"path/malformed_path/.\","
                + "\"error\":{\".tag\":\"path\",\"reason\":{\".tag\":\"malformed_path\"},\"upload_session_id\":\"x\"}}"));
        assertThat(failure(t -> t.put("a.m3u", file("a"))).kind()).isEqualTo(ProblemKind.BAD_REQUEST);
    }

    @Test
    void disallowedNameIsBadRequest() throws Exception {
        assertThat(failure(t -> t.put("desktop.ini", file("a"))).kind()).isEqualTo(ProblemKind.BAD_REQUEST);
    }

    @Test
    void folderInTheWayIsBadRequestNotAConflictWon() throws Exception {
        fake.putFile("/IPTV/lockfile.json/inner.txt", "x".getBytes(StandardCharsets.UTF_8), "Fake User");
        assertThat(failure(t -> t.createIfAbsent("lockfile.json", new byte[] {1})).kind())
                .isEqualTo(ProblemKind.BAD_REQUEST);
    }

    @Test
    void openingAMissingFileIsBadRequest() {
        assertThat(failure(t -> t.open("nothing.m3u")).kind()).isEqualTo(ProblemKind.BAD_REQUEST);
    }

    @Test
    void conflictingUpdateIsRemoteChangedNamingWhoChangedItAndWhen() throws Exception {
        fake.shareFolder("/IPTV");
        String rev = target.createIfAbsent("lockfile.json", "{}".getBytes(StandardCharsets.UTF_8))
                .orElseThrow().revision();
        fake.putFile("/IPTV/lockfile.json", "{\"theirs\":1}".getBytes(StandardCharsets.UTF_8), "Office PC User");
        SyncException e = failure(t -> t.putIfRevision("lockfile.json", "{\"mine\":1}".getBytes(), rev));
        assertThat(e.kind()).isEqualTo(ProblemKind.REMOTE_CHANGED);
        assertThat(e.facts()).containsEntry("changedBy", "Office PC User").containsEntry("expectedRevision", rev)
                .containsKeys("changedAt", "remoteRevision");
        assertThat(e.getMessage()).contains("Office PC User");
        assertThat(new String(fake.content("/IPTV/lockfile.json").orElseThrow())).isEqualTo("{\"theirs\":1}");
    }

    @Test
    void updateOfADeletedFileIsRemoteChanged() throws Exception {
        String rev = target.createIfAbsent("lockfile.json", "{}".getBytes()).orElseThrow().revision();
        target.delete("lockfile.json");
        assertThat(failure(t -> t.putIfRevision("lockfile.json", "x".getBytes(), rev)).kind())
                .isEqualTo(ProblemKind.REMOTE_CHANGED);
    }
}
