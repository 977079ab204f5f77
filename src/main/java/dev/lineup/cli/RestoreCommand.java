package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.service.workspace.NewerDataException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup restore FILE}: replaces the database with a backup (the current state is backed up first).
 * A file that is empty, not a Lineup database, from a newer Lineup or damaged is refused (exit 1) before
 * anything changes.
 */
@Command(name = "restore", description = "Replace the database with a backup file; the current one is backed up first.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Cli.open(spec)) {
            Path before = ws.settings().restore(file.toAbsolutePath());
            Cli.out(spec).println("restored " + file.toAbsolutePath() + " (previous state saved in " + before + ")");
        } catch (NewerDataException e) {
            // The database cannot be opened, so it cannot be backed up either: it is kept aside as it is.
            LineupCommand root = (LineupCommand) spec.root().userObject();
            try {
                Path aside = Workspace.restoreOverNewer(root.dataDir(), file.toAbsolutePath(), Cli.err(spec)::println);
                Cli.out(spec).println("restored " + file.toAbsolutePath() + " (the database a newer Lineup wrote is kept"
                        + " as " + aside + ")");
            } catch (IllegalArgumentException again) {
                throw new UserError(again.getMessage(), again);
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        return ExitCodes.OK;
    }
}
