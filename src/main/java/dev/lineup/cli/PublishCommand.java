package dev.lineup.cli;

import dev.lineup.app.PublishResult;
import dev.lineup.app.PublishService;
import dev.lineup.app.Workspace;
import dev.lineup.sync.NotPrimaryException;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.SyncProblemException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup publish [LAYOUT...] --target NAME}: render and publish under the lease. Exit 0 with one
 * line per file (and its share link) on stdout; exit 3 with the problem's {@code KIND: facts} line first
 * on stderr, then what can be done about it. Progress lines would come before that line, so they are
 * shown in a terminal (or with {@code --progress}) and left out when stderr is captured by a script.
 */
@Command(name = "publish", description = "Render layouts (default: all) and publish them to a target.")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LAYOUT", arity = "0..*", description = "Layouts to publish (default: every layout).")
    List<String> layouts = new ArrayList<>();

    @Option(names = "--target", required = true, paramLabel = "NAME")
    String target;

    @Option(names = "--progress", negatable = true, description = "Progress lines on stderr (default: only when "
            + "run in a terminal, so a script's first stderr line is the problem line of exit code 3).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        PrintWriter err = Cli.err(spec);
        try (Workspace ws = Cli.open(spec);
             PublishService service = new PublishService(ws.store(), ws.dataDir(), Cli.env(spec), null)) {
            PublishResult result;
            try {
                boolean show = progress != null ? progress : System.console() != null;
                result = service.publish(layouts, target, show ? new StderrPublishProgress(err)
                        : dev.lineup.sync.PublishListener.NONE, null);
            } catch (NotPrimaryException | NoSuchElementException | IllegalStateException e) {
                throw new UserError(e.getMessage(), e);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new UserError(e.getFile() + ": " + e.getReason(), e);
            } catch (SyncProblemException e) {
                err.println(e.problem().cliLine());
                err.println("  " + e.problem().summary());
                for (RecoveryAction a : e.problem().actions()) {
                    err.println("  - " + a.label() + hint(a));
                }
                err.flush();
                return ExitCodes.PUBLISH_PROBLEM;
            }
            PublishReport r = result.report();
            for (PublishReport.FileResult f : r.files()) {
                out.printf("%s\t%d bytes\t%s\t%s%n", f.name(), f.size(), f.uploaded() ? "uploaded" : "unchanged",
                        f.shareLink());
            }
            r.takeoverNote().ifPresent(n -> out.println("note: " + n));
            out.printf("published %s to \"%s\" (%s): generation %d, %d of %d files uploaded, %d bytes%s%n",
                    String.join(", ", result.layouts()), target, r.target(), r.generation(), r.uploadedCount(),
                    r.files().size(), r.bytesUploaded(), r.manifestWritten() ? "" : "; output was already up to date");
        }
        return ExitCodes.OK;
    }

    private String hint(RecoveryAction a) {
        switch (a) {
            case TAKE_OVER_STALE: return ": lineup lock release " + target;
            case FORCE_TAKEOVER: return ": lineup lock takeover " + target + " --force";
            case REAUTHORIZE: return ": lineup target login " + target;
            case MAKE_SECONDARY: return ": lineup init --name NAME --role secondary-local";
            default: return "";
        }
    }
}
