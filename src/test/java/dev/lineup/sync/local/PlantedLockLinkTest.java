package dev.lineup.sync.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.service.workspace.InstanceLock;
import dev.lineup.sync.SyncException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, defect 12: a symbolic link planted where a lock file goes never makes Lineup write elsewhere. */
class PlantedLockLinkTest {
    @TempDir
    Path dir;

    @Test
    void aLinkPlantedAsThePublishFoldersLockFileIsRefusedAndNothingIsCreatedWhereItPoints() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("published"));
        Path victim = dir.resolve("victim/.bashrc-like");
        Files.createDirectories(victim.getParent());
        Files.createSymbolicLink(folder.resolve(FolderLock.LOCK_FILE_NAME), victim);
        LocalFolderTarget target = new LocalFolderTarget(folder);

        assertThatThrownBy(() -> target.createIfAbsent("lockfile.json", "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SyncException.class).hasMessageContaining("symbolic link");
        assertThat(victim).doesNotExist();
        assertThat(folder.resolve("lockfile.json")).doesNotExist();
    }

    @Test
    void aLinkPlantedAsTheInstanceLockIsRefusedAndTheFileItPointsToIsNotTouched() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path victim = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(data.resolve(InstanceLock.FILE_NAME), victim);

        assertThatThrownBy(() -> InstanceLock.acquire(data, Duration.ZERO)).hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
    }
}
