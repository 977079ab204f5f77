package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lineup backup}: an online backup into DATA/backups now; prints its path. */
@Command(name = "backup", description = "Back the database up now (kept with the automatic backups).")
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Cli.open(spec)) {
            Path p = ws.settings().backupNow();
            Cli.out(spec).println(p);
        }
        return ExitCodes.OK;
    }
}
