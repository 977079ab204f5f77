package dev.lineup.cli;

import dev.lineup.service.library.SourceRefreshRun;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.service.library.UnknownSourceException;
import dev.lineup.source.EmptySourceException;
import dev.lineup.source.SourceFetchException;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup source refresh [NAME]}: refreshes one source or all. Reports go to stdout, progress
 * to stderr. When one source fails the others are still refreshed; the exit code then says so.
 */
@Command(name = "refresh", description = "Fetch sources again, keeping every layout edit.")
final class SourceRefreshCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(names = "--allow-empty", description = "Accept a source that now lists no channels (else it is refused "
            + "and the previous channels are kept).")
    boolean allowEmpty;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        PrintWriter err = Cli.err(spec);
        try (Workspace ws = Cli.open(spec)) {
            List<String> todo;
            try {
                todo = name == null ? ws.sources().list().stream().map(SourceInfo::name).toList()
                        : List.of(ws.sources().info(name).name());
            } catch (UnknownSourceException e) {
                throw new UserError("no source named \"" + name + "\" (see: lineup source list)", e);
            }
            if (todo.isEmpty()) {
                throw new UserError("no sources to refresh (add one: lineup source add ...)");
            }
            List<String> failed = new ArrayList<>();
            for (String s : todo) {
                try {
                    SourceRefreshRun.Result r = ws.sources().refresh(s, allowEmpty, progress(err, s),
                            Cancellation.none());
                    out.println(r.report().summary());
                    r.report().skipped().forEach(line -> err.println("warning: skipped " + s + ", " + line));
                    r.rules().forEach((layout, report) -> out.print("  rules of layout '" + layout + "': "
                            + report.render()));
                    r.guides().forEach((layout, line) -> out.println("  guides of layout '" + layout + "': " + line));
                } catch (EmptySourceException e) {
                    // Bad news only if the provider broke; the user may know the source is empty now.
                    String advice = e.getMessage() + " (if it really is empty now, accept it: " + Advice.command(
                            ws.dataDir(), "source", "refresh", s, "--allow-empty") + ")";
                    if (todo.size() == 1) {
                        throw new UserError(s + ": " + advice, e);
                    }
                    failed.add(s);
                    err.println("error: " + s + ": " + advice);
                    err.flush();
                } catch (IOException | RuntimeException e) {
                    if (todo.size() == 1) {
                        throw e instanceof SourceFetchException ? new UserError(s + ": " + e.getMessage(), e) : e;
                    }
                    // One source's failure (a typo in its URL, a dead server) must not stop the others.
                    failed.add(s);
                    err.println(ExitCodes.lineFor(e).replaceFirst("^(error|internal error): ", "$1: " + s + ": "));
                    err.flush();
                }
            }
            out.flush();
            if (!failed.isEmpty()) {
                throw new UserError(failed.size() + " of " + todo.size() + " sources could not be refreshed: "
                        + String.join(", ", failed) + " (each error is above; the others were refreshed)");
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Prints a progress line to stderr at most once a second, the first a second after the work began: a refresh
     * that is done sooner says nothing but its summary, and no line says "read 0" (a slow start of the JVM or the
     * database is not progress to report).
     */
    private static Progress progress(PrintWriter err, String source) {
        long[] last = {0};
        return (phase, done, total) -> {
            long now = System.nanoTime();
            if (last[0] == 0) {
                last[0] = now;
            }
            if (done > 0 && now - last[0] > 1_000_000_000L) {
                last[0] = now;
                err.println(source + ": " + phase + " " + done + (total > 0 ? "/" + total : ""));
                err.flush();
            }
        };
    }
}
