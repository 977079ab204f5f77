package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.StopAt;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big Dropbox uploads report acknowledged bytes per chunk, sequential (1 connection) and concurrent (3),
 * and a report that throws stops the session before its finish, so the old file stays.
 */
class DropboxUploadProgressTest {
    private static final int MIB = 1024 * 1024;
    private static final int CHUNK = 4 * MIB;
    /** Six chunks, the last one short. */
    private static final int SIZE = 5 * CHUNK + 12345;
    private FakeDropboxFolder folder;
    private FakeDropbox fake;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        folder = FakeDropboxFolder.start();
        fake = folder.fake;
    }

    @AfterEach
    void stop() {
        folder.close();
    }

    private DropboxTarget target(int connections) {
        return folder.target(CHUNK, connections);
    }

    private Path randomFile(int size, long seed) throws Exception {
        return FakeDropboxFolder.randomFile(dir, size, seed);
    }

    private long calls(String path) {
        return folder.calls(path);
    }

    @ParameterizedTest(name = "{0} connection(s)")
    @ValueSource(ints = {1, 3})
    void progressGrowsChunkByChunkAndEndsAtTheFileSize(int connections) throws Exception {
        Path big = randomFile(SIZE, 1);
        List<long[]> reports = new CopyOnWriteArrayList<>();
        target(connections).put("guide.xml", big, (file, done, size) -> reports.add(new long[] {done, size}),
                UploadFence.NONE);

        assertThat(reports).hasSize(6).allSatisfy(r -> assertThat(r[1]).isEqualTo(SIZE));
        assertThat(reports).extracting(r -> r[0]).isSorted().doesNotHaveDuplicates()
                .startsWith((long) CHUNK).endsWith((long) SIZE);
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(Files.readAllBytes(big));
    }

    @ParameterizedTest(name = "{0} connection(s)")
    @ValueSource(ints = {1, 3})
    void aCancelHalfWayStopsTheSessionBeforeItsFinishAndKeepsTheOldFile(int connections) throws Exception {
        byte[] old = Files.readAllBytes(randomFile(MIB, 2));
        DropboxTarget target = target(connections);
        target.put("guide.xml", randomFile(MIB, 2));
        long appendsBefore = calls("/2/files/upload_session/append_v2");
        StopAt cancelHalfWay = new StopAt(SIZE / 2, new CancellationException("publish cancelled"));

        assertThatThrownBy(() -> target.put("guide.xml", randomFile(SIZE, 3), cancelHalfWay, cancelHalfWay))
                .isInstanceOf(CancellationException.class).hasMessage("publish cancelled");

        assertThat(calls("/2/files/upload_session/append_v2") - appendsBefore).isLessThan(6);
        assertThat(calls("/2/files/upload_session/finish")).isZero();
        assertThat(fake.content("/IPTV/guide.xml").orElseThrow()).isEqualTo(old);
    }

    @ParameterizedTest(name = "{0} connection(s)")
    @ValueSource(ints = {1, 3})
    void aSyncExceptionFromTheProgressReachesTheCallerUnchanged(int connections) throws Exception {
        SyncException lost = new SyncException(ProblemKind.LEASE_LOST, "lease taken over");
        assertThatThrownBy(() -> target(connections).put("guide.xml", randomFile(SIZE, 4), Progress.NONE,
                new StopAt(0, lost))).isSameAs(lost);
        assertThat(calls("/2/files/upload_session/finish")).isZero();
        assertThat(fake.content("/IPTV/guide.xml")).isEmpty();
    }
}
