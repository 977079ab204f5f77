package dev.lineup.cli;

import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.StartedBy;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.MirrorDownloader;
import dev.lineup.sync.SyncProblem;
import dev.lineup.sync.SyncProblemException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lineup mirror --target NAME [--to DIR]}: a secondary-mirror's read-only copy of what the
 * primary published there. Downloads only when the primary's manifest generation changed, verifies
 * every file's hash and swaps the local copy in whole.
 */
@Command(name = "mirror", description = "Download what the primary published to a target into a local "
        + "folder (read-only; default DATA/mirror/TARGET).")
final class MirrorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "NAME", description = "The primary's target.")
    String target;

    @Option(names = "--to", paramLabel = "DIR", description = "Local folder for the copy.")
    Path to;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        try (Workspace ws = Cli.open(spec);
             PublishService service = PublishService.of(ws, Cli.env(spec), StartedBy.COMMAND_LINE)) {
            Path dir = to != null ? to : service.defaultMirrorDir(target);
            MirrorDownloader.Result r;
            try {
                r = service.mirror(target, dir);
            } catch (NoSuchElementException e) {
                throw new UserError(e.getMessage(), e);
            } catch (SyncProblemException e) {
                throw e;
            } catch (dev.lineup.sync.SyncException e) {
                throw new SyncProblemException(SyncProblem.of(e, target, Instant.now()), e);
            }
            if (r.generation() == 0) {
                out.printf("nothing has been published to \"%s\" yet%n", target);
            } else if (r.changed()) {
                out.printf("mirrored generation %d of \"%s\" into %s: %d file(s), %d bytes downloaded%n",
                        r.generation(), target, dir, r.files().size(), r.bytesDownloaded());
            } else {
                out.printf("%s is already at generation %d of \"%s\"%n", dir, r.generation(), target);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
