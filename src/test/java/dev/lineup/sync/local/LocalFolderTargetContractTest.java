package dev.lineup.sync.local;

import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.PublishTargetContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The local folder target passes the shared contract. */
class LocalFolderTargetContractTest extends PublishTargetContract {
    @TempDir
    Path root;

    private int folders;

    @Override
    protected PublishTarget newTarget() {
        return new LocalFolderTarget(root.resolve("publish " + (++folders)).resolve("IPTV"));
    }
}
