package dev.lineup.cli;

import dev.lineup.service.publish.BusyWait;
import dev.lineup.service.common.Durations;
import dev.lineup.service.publish.PublishResult;
import dev.lineup.sync.LinkVerdict;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.StartedBy;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.NotPrimaryException;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.SyncProblemException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup publish [LAYOUT...] --target NAME [--wait DURATION]}: render and publish under the lease.
 * Exit 0 with one line per file (and its share link) on stdout; exit 3 with the problem's
 * {@code KIND: facts} line first on stderr, then each recovery action as a complete command. Progress
 * lines (and the countdown of {@code --wait}) would come before that line, so they are shown in a terminal
 * (or with {@code --progress}) and left out when stderr is captured by a script. The recovery wizard's
 * publishing fixes are options here: {@code --overwrite}, {@code --clean-slate}, {@code --separate-folder}.
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

    @Option(names = "--wait", paramLabel = "DURATION", description = "If another installation is publishing to the "
            + "folder, wait up to DURATION (e.g. 90s, 10m) for it to finish, with a countdown; its lock is never taken.")
    String waitFor;

    @ArgGroup(exclusive = true)
    Fix fix;

    /** The recovery wizard's fixes that end in a publish; at most one at a time. */
    static final class Fix {
        @Option(names = "--overwrite", description = "Publish over files someone else changed in the folder.")
        boolean overwrite;

        @Option(names = "--clean-slate", description = "Delete every file in the target's folder (also other "
                + "installations' files), then publish.")
        boolean cleanSlate;

        @Option(names = "--separate-folder", paramLabel = "FOLDER", description = "Point the target at FOLDER "
                + "(kept for later publishes; the sign-in stays), then publish there.")
        String separateFolder;

        @Option(names = "--as", paramLabel = "NEW_NAME", description = "Rename the one LAYOUT given to NEW_NAME "
                + "(its target and history go with it), then publish it: for a layout name another installation owns.")
        String newName;

        @Option(names = "--take-over-layout", description = "Publish layouts the folder's index lists under another "
                + "installation; this installation becomes their owner.")
        boolean takeOverLayout;
    }

    @Option(names = "--keep-theirs", paramLabel = "FILE", description = "Leave FILE as someone else changed it in the "
            + "folder (not uploaded; the index says so); repeatable.")
    List<String> keepTheirs = new ArrayList<>();

    @Option(names = "--no-link-check", description = "Skip loading each published link as a player would "
            + "afterwards (done by default unless setting publish.check-links is false).")
    boolean noLinkCheck;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        PrintWriter err = Cli.err(spec);
        Duration wait = waitFor == null ? null : parsedWait();
        try (Workspace ws = Cli.open(spec);
             PublishService service = PublishService.of(ws, Cli.env(spec), StartedBy.COMMAND_LINE)) {
            service.checkLinks(!noLinkCheck);
            boolean show = progress != null ? progress : System.console() != null;
            StderrPublishProgress shown = show ? new StderrPublishProgress(err) : null;
            Publisher.Options watched = show ? Publisher.Options.DEFAULT.watchedBy(shown, shown) : Publisher.Options.DEFAULT;
            PublishResult result;
            try {
                result = publish(ws, service, watched, wait, show ? new WaitCountdown(err) : null);
            } catch (NotPrimaryException | NoSuchElementException | IllegalStateException | IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new UserError(e.getFile() + ": " + e.getReason(), e);
            } catch (SyncProblemException e) {
                err.println(e.problem().cliLine());
                RecoveryAdvice.of(ws, Cli.env(spec), target, layouts).print(e.problem(), err);
                err.flush();
                return ExitCodes.PUBLISH_PROBLEM;
            }
            report(out, result);
        }
        return ExitCodes.OK;
    }

    /** {@code watched}: who hears the progress (only that part of the options is taken from it). */
    private PublishResult publish(Workspace ws, PublishService service, Publisher.Options watched, Duration wait,
                                  BusyWait.Countdown countdown) throws Exception {
        if (fix != null && fix.separateFolder != null) {
            TargetService.of(ws, Cli.env(spec)).moveTarget(target, fix.separateFolder);
            Cli.err(spec).println("lineup: target \"" + target + "\" now publishes to " + fix.separateFolder.strip());
        }
        if (fix != null && fix.cleanSlate) {
            return service.cleanSlate(layouts, target, watched.progress(), watched.events());
        }
        if (fix != null && fix.newName != null) {
            if (layouts.size() != 1) {
                throw new UserError("--as renames one layout: name exactly one LAYOUT before it");
            }
            service.renameLayout(layouts.get(0), fix.newName);
            Cli.err(spec).println("lineup: layout \"" + layouts.get(0) + "\" is now \"" + fix.newName.strip() + "\"");
            layouts = List.of(fix.newName.strip());
        }
        Publisher.Options options = new Publisher.Options(fix != null && fix.overwrite, null)
                .watchedBy(watched.progress(), watched.events())
                .keepingTheirs(java.util.Set.copyOf(keepTheirs));
        if (fix != null && fix.takeOverLayout) {
            options = options.takingOverLayouts();
        }
        if (wait == null) {
            return service.publish(layouts, target, options, null);
        }
        return service.publish(layouts, target, options, null, BusyWait.of(wait, countdown));
    }

    private Duration parsedWait() {
        try {
            return Durations.parse(waitFor);
        } catch (IllegalArgumentException e) {
            throw new UserError("--wait: " + e.getMessage(), e);
        }
    }

    private void report(PrintWriter out, PublishResult result) {
        PublishReport r = result.report();
        for (PublishReport.FileResult f : r.files()) {
            out.printf("%s\t%d bytes\t%s\t%s%n", f.name(), f.size(), f.uploaded() ? "uploaded" : "unchanged",
                    f.shareLink());
        }
        for (LinkVerdict v : result.links()) {
            out.printf("link check: %s: %s%s%n", v.file(), v.sentence(),
                    v.playable() && !v.forPlayers().isEmpty() ? " (" + v.forPlayers() + ")" : "");
        }
        r.takeoverNote().ifPresent(n -> out.println("note: " + n));
        if (!r.leftAlone().isEmpty()) {
            out.println("note: left alone (no layout lists them): " + String.join(", ", r.leftAlone()));
        }
        out.printf("published %s to \"%s\" (%s): generation %d, %d of %d files uploaded, %d bytes%s%n",
                String.join(", ", result.layouts()), target, r.target(), r.generation(), r.uploadedCount(),
                r.files().size(), r.bytesUploaded(), r.manifestWritten() ? "" : "; output was already up to date");
    }
}
