package dev.lineup.cli;

import dev.lineup.service.workspace.AlreadyRunningException;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.service.workspace.DataDirectory;
import dev.lineup.files.LinkRefusedException;
import dev.lineup.service.workspace.NewerDataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Shared plumbing of the commands that work on the data directory. */
public final class Cli {
    private Cli() {
    }

    /**
     * Locks and opens the data directory named by the root's {@code --data-dir} (or the default);
     * notices (e.g. a restored backup) go to stderr. "Already running" is a user error (exit 1).
     */
    public static Workspace open(CommandSpec spec) throws IOException {
        LineupCommand root = (LineupCommand) spec.root().userObject();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return Workspace.open(root.dataDir(), null, msg -> {
                err.println(msg);
                err.flush();
            });
        } catch (AlreadyRunningException | LinkRefusedException e) {
            throw new UserError(e.getMessage(), e);
        } catch (NewerDataException e) {
            if (spec.userObject() instanceof RestoreCommand) {
                throw e; // restore has a way out of it
            }
            Path dir = DataDirectory.resolve(root.dataDir());
            throw new UserError(e.getMessage() + e.newestUsableBackup().map(b -> "; use that Lineup, or go back to "
                    + "the newest backup this one can read (the newer database is kept): "
                    + Advice.command(dir, "restore", b.toString())).orElse("; use that Lineup"), e);
        }
    }

    /** The environment variables of this run (the process's, or a test's). */
    public static Env env(CommandSpec spec) {
        return ((LineupCommand) spec.root().userObject()).env();
    }

    public static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    public static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }
}
