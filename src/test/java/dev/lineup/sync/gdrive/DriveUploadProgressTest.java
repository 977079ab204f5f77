package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.StopAt;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resumable Drive upload reports each acknowledged chunk; a report that throws leaves the session
 * uncompleted, so the file keeps its old content and the caller gets the exception it threw.
 */
class DriveUploadProgressTest {
    private static final int CHUNK = 256 * 1024;
    private static final int SIZE = 4 * CHUNK + 12345;

    @TempDir
    Path tmp;
    private DriveFixture drive;
    private DriveTarget target;

    @BeforeEach
    void setUp() throws Exception {
        drive = new DriveFixture();
        target = drive.target("IPTV", DriveFixture.OFFICE, CHUNK, CHUNK);
    }

    @AfterEach
    void tearDown() {
        drive.close();
    }

    private Path randomFile(int size, long seed) throws Exception {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return Files.write(tmp.resolve("guide-" + seed + ".xml.gz"), data);
    }

    @Test
    void progressGrowsChunkByChunkAndEndsAtTheFileSize() throws Exception {
        List<Long> reports = new ArrayList<>();
        Path big = randomFile(SIZE, 1);
        target.put("guide.xml.gz", big, (file, done, size) -> {
            assertThat(file).isEqualTo("guide.xml.gz");
            assertThat(size).isEqualTo(SIZE);
            reports.add(done);
        }, UploadFence.NONE);
        assertThat(reports).containsExactly((long) CHUNK, 2L * CHUNK, 3L * CHUNK, 4L * CHUNK, (long) SIZE);
        assertThat(drive.fake.file("IPTV", "guide.xml.gz").orElseThrow().md5()).isEqualTo(target.contentHashOf(big));
    }

    @Test
    void aCancelHalfWayLeavesTheSessionUncompletedAndTheOldContentInPlace() throws Exception {
        Path old = randomFile(SIZE, 2);
        target.put("guide.xml.gz", old);
        long before = drive.fake.uploadedBytes();
        StopAt cancelHalfWay = new StopAt(SIZE / 2, new CancellationException("publish cancelled"));

        assertThatThrownBy(() -> target.put("guide.xml.gz", randomFile(SIZE, 3), cancelHalfWay, cancelHalfWay))
                .isInstanceOf(CancellationException.class).hasMessage("publish cancelled");

        assertThat(drive.fake.uploadedBytes() - before).isLessThan(SIZE);
        assertThat(drive.fake.file("IPTV", "guide.xml.gz").orElseThrow().md5()).isEqualTo(target.contentHashOf(old));
    }

    @Test
    void aSyncExceptionThrownThroughTheSdksListenerReachesTheCallerUnchanged() throws Exception {
        SyncException lost = new SyncException(ProblemKind.LEASE_LOST, "lease taken over");
        assertThatThrownBy(() -> target.put("guide.xml.gz", randomFile(SIZE, 4), Progress.NONE,
                new StopAt(0, lost))).isSameAs(lost);
        assertThat(drive.fake.file("IPTV", "guide.xml.gz")).isEmpty();
    }
}
