package dev.lineup.cli;

import dev.lineup.service.workspace.DataDirectory;
import dev.lineup.service.ScheduledRuns;
import dev.lineup.service.schedule.ScheduledRun;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.SyncProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lineup run-scheduled}: what the OS scheduler runs. Skips (exit 0, one line on stderr) when
 * another run, the desktop app or a manual command owns the data directory: never two runs at once.
 */
@Command(name = "run-scheduled", description = "Refresh due sources, output every layout and, when "
        + "schedule.publish-target is set, publish them there; skipped while another Lineup run owns the data directory.")
final class RunScheduledCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        PrintWriter err = Cli.err(spec);
        LineupCommand root = (LineupCommand) spec.root().userObject();
        Path dataDir = DataDirectory.resolve(root.dataDir());
        Consumer<String> log = msg -> {
            out.println(msg);
            out.flush();
        };
        ScheduledRun.Outcome o = ScheduledRuns.withPublishing(dataDir, Cli.env(spec), log).run(dataDir, log);
        if (o.skipped()) {
            err.println("skipped: " + o.skippedBecause());
            err.flush();
            return ExitCodes.OK;
        }
        out.printf("scheduled run: %d source(s) refreshed, %d layout(s) output%n", o.refreshed().size(),
                o.output().size());
        out.flush();
        if (!o.problems().isEmpty()) {
            // DESIGN.md's exit 3: the first stderr line is the problem's own "KIND: facts".
            SyncProblem first = o.problems().get(0);
            err.println(first.cliLine());
            o.failures().forEach(f -> err.println("error: " + f));
            try (Workspace ws = Workspace.open(dataDir, null, m -> { })) {
                String target = ws.settings().schedulePublishTarget().orElse("?");
                RecoveryAdvice.of(ws, Cli.env(spec), target, List.of()).print(first, err);
            } catch (IOException | RuntimeException e) {
                // The advice is a courtesy: the problem line and exit code are what scripts rely on.
            }
            err.flush();
            return ExitCodes.PUBLISH_PROBLEM;
        }
        o.failures().forEach(f -> err.println("error: " + f));
        err.flush();
        if (!o.failures().isEmpty()) {
            throw new UserError("scheduled run finished with " + o.failures().size() + " failure(s); first: "
                    + o.failures().get(0));
        }
        return ExitCodes.OK;
    }
}
