package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.output.RenderResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup output [LAYOUT] [--to DIR]}: renders stored layouts. One layout goes to DIR (default
 * {@code DATA/output/NAME}); every layout goes to {@code DIR/NAME} each, so manifests never collide.
 */
@Command(name = "output", description = "Render stored layouts to playlist, guide and manifest files.")
final class OutputCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LAYOUT", description = "Layout to render (default: every layout).")
    String layout;

    @Option(names = "--to", paramLabel = "DIR", description = "Output folder (default: DATA/output/NAME).")
    Path to;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        PrintWriter err = Cli.err(spec);
        try (Workspace ws = Cli.open(spec)) {
            List<String> names = layout != null ? List.of(layout) : ws.layouts().names();
            if (names.isEmpty()) {
                throw new UserError("no layouts to output (make one: lineup layout create NAME --from-source SOURCE)");
            }
            for (String name : names) {
                Path dir = to == null ? ws.layouts().defaultOutputDir(name)
                        : layout != null ? to : to.resolve(ws.layouts().fileName(name));
                StderrProgress progress = new StderrProgress(err);
                RenderResult r;
                try {
                    r = ws.layouts().output(name, dir, progress);
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), e);
                }
                progress.done();
                if (names.size() > 1) {
                    out.println("layout '" + name + "':");
                }
                print(out, err, dir, r);
            }
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, PrintWriter err, Path dir, RenderResult r) {
        if (r.removedByProvider() > 0) {
            err.println("warning: " + r.removedByProvider() + " channel(s) removed by the provider were left out");
        }
        if (r.dummyGuideChannels() > 0) {
            err.println("note: " + r.dummyGuideChannels() + " channel(s) without a guide got placeholder programmes");
        }
        Summaries.printRender(out, err, dir, r);
    }

}
