package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.layout.LayoutEditException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lineup health [LAYOUT]}: what needs fixing in one layout or in every layout. */
@Command(name = "health", description = "Unmapped channels, missing logos, duplicate numbers, channels removed by "
        + "the provider, empty groups, never published.")
final class HealthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LAYOUT")
    String layout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        try (Workspace ws = Cli.open(spec)) {
            List<String> names = layout != null ? List.of(layout) : ws.layouts().names();
            if (names.isEmpty()) {
                out.println("no layouts (make one: lineup layout create NAME --from-source SOURCE)");
            }
            for (String name : names) {
                try {
                    out.print(ws.tools().health(name).render());
                } catch (LayoutEditException e) {
                    throw new UserError(e.getMessage(), e);
                }
            }
        }
        Cli.out(spec).flush();
        return ExitCodes.OK;
    }
}
