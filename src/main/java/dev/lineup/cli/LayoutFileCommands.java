package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.layout.LayoutEditException;
import dev.lineup.service.layouts.StoredLayouts;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lineup layout export NAME FILE.json} and {@code lineup layout import FILE.json}. */
final class LayoutFileCommands {
    private LayoutFileCommands() {
    }

    @Command(name = "export", description = "Write a layout as a portable layout file.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE.json")
        Path file;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                Path abs = file.toAbsolutePath();
                Layout l;
                try {
                    l = ws.layouts().exportFile(name, abs);
                } catch (LayoutEditException e) {
                    throw new UserError(e.getMessage(), e);
                }
                Cli.out(spec).printf("exported layout '%s' (%d channels) to %s%n", name, l.channels().count(), abs);
            }
            Cli.out(spec).flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = "Read a layout file; replaces the layout of the same name.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.json")
        Path file;

        @Override
        public Integer call() throws Exception {
            Layout l = LayoutJson.read(file);
            try (Workspace ws = Cli.open(spec)) {
                boolean replaced = ws.layouts().exists(l.name());
                StoredLayouts.Imported r;
                try {
                    r = ws.layouts().importLayout(l);
                } catch (LayoutEditException e) {
                    throw new UserError(file + ": " + e.getMessage(), e);
                }
                Cli.out(spec).printf("%s layout '%s': %d channels matched to source channels, %d not found in any "
                        + "source%n", replaced ? "replaced" : "imported", l.name(), r.matched(), r.unmatched());
            }
            Cli.out(spec).flush();
            return ExitCodes.OK;
        }
    }
}
