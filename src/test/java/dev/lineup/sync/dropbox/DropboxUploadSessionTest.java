package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.RemoteFile;
import dev.lineup.testing.fakes.dropbox.Fault;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files above 8 MiB go through upload sessions in 4 MiB-multiple chunks and survive lost answers: the
 * sequential session (one connection, the server's offset is the truth) and the concurrent one (the
 * default: chunks at their own offsets, several in flight, closed by the last append).
 */
class DropboxUploadSessionTest {
    private static final int MIB = FakeDropboxFolder.MIB;
    private FakeDropboxFolder folder;
    private FakeDropbox fake;
    private DropboxTarget target;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        folder = FakeDropboxFolder.start();
        fake = folder.fake;
        target = target(1);
    }

    private DropboxTarget target(int connections) {
        return folder.target(4 * MIB, connections);
    }

    @AfterEach
    void stop() {
        folder.close();
    }

    private Path randomFile(int size, long seed) throws Exception {
        return FakeDropboxFolder.randomFile(dir, size, seed);
    }

    /** Puts the file and checks that the fake holds exactly its bytes and reports its content hash. */
    private RemoteFile putAndCheckIntact(Path file) throws Exception {
        RemoteFile put = target.put("guide.xml", file);
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(Files.readAllBytes(file));
        assertThat(put.contentHash()).isEqualTo(DropboxContentHash.of(file));
        return put;
    }

    private List<LoggedRequest> sessionCalls() {
        return fake.requests().stream().filter(r -> r.path().contains("upload")).toList();
    }

    @Test
    void bigFileIsUploadedInWholeFourMebibyteChunksAndArrivesIntact() throws Exception {
        Path big = randomFile(13 * MIB + 5, 1);
        putAndCheckIntact(big);
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
        putAndCheckIntact(big);
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

    @Test
    void concurrentSessionSendsAlignedChunksThenClosesWithTheRestAndFinishesEmpty() throws Exception {
        target = target(3);
        Path big = randomFile(13 * MIB + 5, 7);
        putAndCheckIntact(big);
        List<LoggedRequest> calls = sessionCalls();
        assertThat(calls).extracting(LoggedRequest::path).containsExactly("/2/files/upload_session/start",
                "/2/files/upload_session/append_v2", "/2/files/upload_session/append_v2",
                "/2/files/upload_session/append_v2", "/2/files/upload_session/append_v2",
                "/2/files/upload_session/finish");
        assertThat(calls.get(0).arg()).contains("concurrent");
        assertThat(calls.get(0).bodyBytes()).isZero();
        assertThat(calls.subList(1, 4)).allSatisfy(r -> {
            assertThat(r.bodyBytes()).isEqualTo(4 * MIB);
            assertThat(r.arg()).doesNotContain("\"close\":true");
        });
        // The closing chunk goes last, after every aligned chunk is in: nothing may be appended after it.
        assertThat(calls.get(4).bodyBytes()).isEqualTo(MIB + 5);
        assertThat(calls.get(4).arg()).contains("\"close\":true");
        assertThat(calls.get(5).bodyBytes()).isZero();
        assertThat(fake.openUploadSessions()).isZero();
    }

    @Test
    void concurrentChunksAreInFlightTogether() throws Exception {
        target = target(2);
        fake.delayResponses("append_v2", java.time.Duration.ofMillis(300));
        Path big = randomFile(16 * MIB + 1, 8);
        target.put("guide.xml", big);
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(Files.readAllBytes(big));
        assertThat(fake.maxConcurrent("append_v2")).isEqualTo(2);
    }

    @Test
    void concurrentChunkWhoseAnswerIsLostIsSentAgainToItsOffset() throws Exception {
        target = target(2);
        Path big = randomFile(21 * MIB, 9);
        fake.inject(Fault.dropAfterProcessing("append_v2", 2));
        putAndCheckIntact(big);
        assertThat(fake.requests()).extracting(LoggedRequest::errorSummary).contains("dropped connection");
        assertThat(fake.openUploadSessions()).isZero();
    }

    @Test
    void lostAnswerToTheClosingChunkStillFinishes() throws Exception {
        target = target(2);
        Path big = randomFile(9 * MIB, 10);
        // Chunks at 0 and 4 MiB go first (two faults ahead would hit them); drop only the closing one.
        fake.inject(Fault.dropAfterProcessing("append_v2", 1).matchingArg("\"close\":true"));
        target.put("guide.xml", big);
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(Files.readAllBytes(big));
        assertThat(fake.requests()).extracting(LoggedRequest::errorSummary)
                .anyMatch(s -> s != null && s.startsWith("closed/"));
    }

    @Test
    void concurrentUploadThatKeepsFailingEndsAsATypedProblemAndLeavesTheOldFile() throws Exception {
        target = target(2);
        target.put("guide.xml", randomFile(9 * MIB, 11));
        byte[] before = fake.content("/IPTV/guide.xml").orElseThrow();
        fake.inject(Fault.dropConnection("append_v2", 100));
        assertThatThrownBy(() -> target.put("guide.xml", randomFile(17 * MIB, 12)))
                .isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).kind()).isEqualTo(ProblemKind.UNREACHABLE));
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(before);
    }
}
