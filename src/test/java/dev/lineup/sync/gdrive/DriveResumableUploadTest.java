package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.SyncException;
import dev.lineup.testing.fakes.gdrive.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big files go up in resumable sessions that survive a dropped connection without re-sending bytes. */
class DriveResumableUploadTest {
    private static final int CHUNK = 256 * 1024;

    @TempDir
    Path tmp;
    private DriveFixture drive;
    private DriveTarget target;
    private Path big;

    @BeforeEach
    void setUp() throws Exception {
        drive = new DriveFixture();
        target = drive.target("IPTV", DriveFixture.OFFICE, CHUNK, CHUNK);
        byte[] data = new byte[4 * CHUNK + 12345];
        new Random(42).nextBytes(data);
        big = Files.write(tmp.resolve("guide.xml.gz"), data);
    }

    @AfterEach
    void tearDown() {
        drive.close();
    }

    @Test
    void uploadResumesAfterADroppedConnectionAndArrivesIntact() throws Exception {
        drive.fake.inject(Fault.dropConnection(100_000).on("PUT", ".*upload_id=.*"), 1);
        RemoteFile f = target.put("guide.xml.gz", big);
        assertThat(f.contentHash()).isEqualTo(target.contentHashOf(big));
        assertThat(drive.fake.file("IPTV", "guide.xml.gz").orElseThrow().md5()).isEqualTo(target.contentHashOf(big));
        assertThat(drive.fake.resumableSessionsOpened()).isEqualTo(1);
        // The bytes that reached the server before the drop were not sent again.
        assertThat(drive.fake.uploadedBytes()).isEqualTo(Files.size(big));
    }

    @Test
    void dropInALaterChunkAlsoResumes() throws Exception {
        drive.fake.inject(Fault.dropConnection(CHUNK / 2).on("PUT", ".*upload_id=.*"), 1);
        drive.fake.inject(Fault.dropConnection(10).on("PUT", ".*upload_id=.*"), 1);
        assertThat(target.put("guide.xml.gz", big).contentHash()).isEqualTo(target.contentHashOf(big));
        assertThat(drive.fake.resumableSessionsOpened()).isEqualTo(1);
    }

    @Test
    void resumableUpdateOverwritesInPlace() throws Exception {
        RemoteFile first = target.put("guide.xml.gz", big);
        byte[] changed = Files.readAllBytes(big);
        changed[CHUNK + 5] ^= 0x5a;
        Path second = Files.write(tmp.resolve("guide2.xml.gz"), changed);
        drive.fake.inject(Fault.dropConnection(50_000).on("PUT", ".*upload_id=.*"), 1);
        RemoteFile again = target.put("guide.xml.gz", second);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.contentHash()).isEqualTo(target.contentHashOf(second)).isNotEqualTo(first.contentHash());
    }

    @Test
    void aSessionThatAcceptsNothingEndsUnreachableInsteadOfLoopingForever() {
        drive.fake.inject(Fault.dropConnection(0).on("PUT", ".*upload_id=.*"), 1000);
        SyncException e = catchThrowableOfType(SyncException.class, () -> target.put("guide.xml.gz", big));
        assertThat(e.kind()).isEqualTo(ProblemKind.UNREACHABLE);
        assertThat(drive.fake.file("IPTV", "guide.xml.gz")).isEmpty();
    }
}
