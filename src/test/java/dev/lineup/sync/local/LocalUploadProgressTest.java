package dev.lineup.sync.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.StopAt;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies into a folder report per block; a stop deletes the temp file and leaves the published one. */
class LocalUploadProgressTest {
    private static final int BLOCK = 1024 * 1024;
    private static final int SIZE = 5 * BLOCK + 3;
    @TempDir
    Path tmp;
    private Path remote;
    private LocalFolderTarget target;

    @BeforeEach
    void setUp() {
        remote = tmp.resolve("published");
        target = new LocalFolderTarget(remote, InstantSource.system(), BLOCK);
    }

    private Path randomFile(int size, long seed) throws Exception {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return Files.write(tmp.resolve("guide-" + seed + ".xml"), data);
    }

    /** What a reader of the folder sees (the target's own lock file aside). */
    private List<String> folderNames() throws Exception {
        try (Stream<Path> s = Files.list(remote)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lineup-folder.lock")).sorted()
                    .toList();
        }
    }

    @Test
    void progressGrowsBlockByBlockAndEndsAtTheFileSize() throws Exception {
        List<Long> reports = new ArrayList<>();
        Path big = randomFile(SIZE, 1);
        target.put("guide.xml", big, (file, done, size) -> reports.add(done), UploadFence.NONE);
        assertThat(reports).containsExactly((long) BLOCK, 2L * BLOCK, 3L * BLOCK, 4L * BLOCK, 5L * BLOCK, (long) SIZE);
        assertThat(remote.resolve("guide.xml")).hasSameBinaryContentAs(big);
    }

    @Test
    void aCancelHalfWayLeavesTheOldFileAndNoTempFile() throws Exception {
        Path old = randomFile(SIZE, 2);
        target.put("guide.xml", old);
        StopAt cancelHalfWay = new StopAt(SIZE / 2, new CancellationException("publish cancelled"));
        assertThatThrownBy(() -> target.put("guide.xml", randomFile(SIZE, 3), cancelHalfWay, cancelHalfWay))
                .isInstanceOf(CancellationException.class);
        assertThat(remote.resolve("guide.xml")).hasSameBinaryContentAs(old);
        assertThat(folderNames()).containsExactly("guide.xml");
    }

    @Test
    void aSyncExceptionFromTheProgressReachesTheCallerUnchanged() throws Exception {
        SyncException lost = new SyncException(ProblemKind.LEASE_LOST, "lease taken over");
        assertThatThrownBy(() -> target.put("guide.xml", randomFile(SIZE, 4), Progress.NONE,
                new StopAt(0, lost))).isSameAs(lost);
        assertThat(folderNames()).isEmpty();
    }
}
