package dev.lineup.sync.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the problem table a folder can produce. LeaseHeld, LeaseLost and RemoteChanged come from
 * real lease races (LeaseManagerTest, PublisherTest); disk errors are mapped here.
 */
class LocalProblemMappingTest {
    @TempDir
    Path dir;

    @Test
    void noPermissionIsForbidden() {
        SyncException e = LocalErrors.classify(new AccessDeniedException("/mnt/share/IPTV/x.m3u"), "write x.m3u",
                "/mnt/share/IPTV");
        assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN);
        assertThat(SyncProblem.of(e, "folder", Instant.EPOCH).cliLine())
                .startsWith("Forbidden: write x.m3u: no permission to write in /mnt/share/IPTV");
    }

    @Test
    void aFullDiskIsQuotaFull() {
        SyncException e = LocalErrors.classify(new FileSystemException("/mnt/usb/IPTV/.lineup-tmp-1", null,
                "No space left on device"), "write guide.xml.gz", "/mnt/usb/IPTV");
        assertThat(e.kind()).isEqualTo(ProblemKind.QUOTA_FULL);
        assertThat(e.getMessage()).contains("is full");
    }

    @Test
    void anInputOutputErrorIsUnreachableAndRetried() {
        SyncException e = LocalErrors.classify(new IOException("Input/output error"), "list", "/mnt/nas/IPTV");
        assertThat(e.kind()).isEqualTo(ProblemKind.UNREACHABLE);
        assertThat(e.kind().retryable()).isTrue();
    }

    @Test
    void aFolderPathThroughAFileIsABadRequestNotARetry() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        LocalFolderTarget t = new LocalFolderTarget(file.resolve("IPTV"));
        Path local = Files.writeString(dir.resolve("a.m3u"), "#EXTM3U\n");
        assertThatThrownBy(() -> t.put("a.m3u", local)).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.kind().retryable()).isFalse());
    }

    @Test
    void namesWithSlashesOrOurInternalPrefixAreRefused() {
        LocalFolderTarget t = new LocalFolderTarget(dir);
        for (String bad : new String[] {"../escape.m3u", "sub/x.m3u", "", "..", ".lineup-folder.lock"}) {
            assertThatThrownBy(() -> t.stat(bad)).as(bad).isInstanceOfSatisfying(SyncException.class,
                    e -> assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST));
        }
    }

    @Test
    void internalFilesNeverShowInTheListing() throws Exception {
        LocalFolderTarget t = new LocalFolderTarget(dir);
        t.createIfAbsent("lockfile.json", new byte[] {1});
        Files.writeString(dir.resolve(".lineup-tmp-leftover"), "half");
        assertThat(t.list()).extracting(r -> r.name()).containsExactly("lockfile.json");
    }
}
