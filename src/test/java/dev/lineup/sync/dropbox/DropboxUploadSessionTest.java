package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.TokenStore;
import dev.lineup.testing.fakes.dropbox.Fault;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files above 8 MiB go through upload sessions in 4 MiB-multiple chunks and survive lost answers. */
class DropboxUploadSessionTest {
    private static final int MIB = 1024 * 1024;
    private FakeDropbox fake;
    private DropboxTarget target;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        fake = FakeDropbox.start();
        TokenStore store = TokenStore.inMemory();
        store.put("dbx", OAuthTokens.accessOnly(fake.accessToken()));
        target = new DropboxTarget(DropboxConfig.of("dbx", "/IPTV").withApiBaseUrl(fake.baseUrl())
                .withChunkSize(4 * MIB), store);
    }

    @AfterEach
    void stop() {
        target.close();
        fake.close();
    }

    private Path randomFile(int size, long seed) throws Exception {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return Files.write(dir.resolve("guide-" + seed + ".xml"), data);
    }

    private List<LoggedRequest> sessionCalls() {
        return fake.requests().stream().filter(r -> r.path().contains("upload")).toList();
    }

    @Test
    void bigFileIsUploadedInWholeFourMebibyteChunksAndArrivesIntact() throws Exception {
        Path big = randomFile(13 * MIB + 5, 1);
        RemoteFile put = target.put("guide.xml", big);
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(Files.readAllBytes(big));
        assertThat(put.contentHash()).isEqualTo(target.contentHashOf(big));
        List<LoggedRequest> calls = sessionCalls();
        assertThat(calls).extracting(LoggedRequest::path).containsExactly("/2/files/upload_session/start",
                "/2/files/upload_session/append_v2", "/2/files/upload_session/append_v2",
                "/2/files/upload_session/finish");
        assertThat(calls.subList(0, 3)).allSatisfy(r -> assertThat(r.bodyBytes() % (4 * MIB)).isZero());
        assertThat(calls.get(3).bodyBytes()).isEqualTo(MIB + 5);
        assertThat(fake.openUploadSessions()).isZero();
    }

    @Test
    void exactlyEightMebibytesStillGoesInOneCall() throws Exception {
        target.put("guide.xml", randomFile(8 * MIB, 2));
        assertThat(sessionCalls()).extracting(LoggedRequest::path).containsExactly("/2/files/upload");
    }

    @Test
    void lostAppendAnswerResumesAtTheServersOffset() throws Exception {
        Path big = randomFile(17 * MIB, 3);
        fake.inject(Fault.dropAfterProcessing("append_v2", 1));
        RemoteFile put = target.put("guide.xml", big);
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(Files.readAllBytes(big));
        assertThat(put.contentHash()).isEqualTo(DropboxContentHash.of(big));
        assertThat(fake.requests()).extracting(LoggedRequest::errorSummary)
                .contains("dropped connection").anyMatch(s -> s != null && s.startsWith("incorrect_offset"));
    }

    @Test
    void finishAtAStaleOffsetContinuesFromTheServersOffset() throws Exception {
        Path big = randomFile(9 * MIB, 4);
        // The second chunk's answer is lost; the resend of that chunk is answered with incorrect_offset.
        fake.inject(Fault.dropAfterProcessing("append_v2", 1));
        target.put("guide.xml", big);
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(Files.readAllBytes(big));
    }

    @Test
    void overwritingABigFileKeepsItsId() throws Exception {
        RemoteFile first = target.put("guide.xml", randomFile(9 * MIB, 5));
        RemoteFile second = target.put("guide.xml", randomFile(10 * MIB, 6));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.revision()).isNotEqualTo(first.revision());
        assertThat(second.size()).isEqualTo(10L * MIB);
    }
}
