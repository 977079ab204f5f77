package dev.lineup.service.workspace;

import java.nio.file.Path;
import java.time.Duration;

/** Child process of {@link KilledBackupThenDamageTest}: backs its data directory up over and over until killed. */
public final class BackupLoopMain {
    private BackupLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Duration.ofSeconds(10), System.err::println)) {
            System.out.println("BACKING-UP");
            System.out.flush();
            for (int i = 0; ; i++) {
                ws.store().backups().create("loop-" + i);
            }
        }
    }
}
