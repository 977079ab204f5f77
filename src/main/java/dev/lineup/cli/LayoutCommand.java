package dev.lineup.cli;

import dev.lineup.service.layouts.LayoutNameTakenException;
import dev.lineup.service.layouts.UnknownLayoutException;
import dev.lineup.service.workspace.Workspace;
import java.util.List;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lineup layout create|list|export|import|delete|rules|shift|catchup}. */
@Command(name = "layout", description = "Create, list, export, import, delete layouts, set their rules, time shift "
        + "and catch-up.",
        subcommands = {LayoutCommand.Create.class, LayoutCommand.ListLayouts.class, LayoutFileCommands.Export.class,
                LayoutFileCommands.Import.class, LayoutCommand.Delete.class, LayoutRulesCommand.class,
                LayoutTimingCommands.Shift.class, LayoutTimingCommands.CatchupCommand.class,
                LayoutFileNameCommands.Rename.class, LayoutFileNameCommands.SetFileName.class,
                LayoutPlaceholdersCommand.class})
final class LayoutCommand {

    @Command(name = "create", description = "A layout with one group per source category, holding every channel.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--from-source", required = true, paramLabel = "SOURCE")
        String source;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                Layout l;
                try {
                    l = ws.layouts().createFromSource(name, source);
                } catch (LayoutNameTakenException | IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), e);
                }
                Cli.out(spec).printf("created layout '%s': %d groups, %d channels%n", l.name(), l.groups().size(),
                        l.channels().count());
            }
            Cli.out(spec).flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List layouts with their group and channel counts.")
    static final class ListLayouts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = Cli.out(spec);
            try (Workspace ws = Cli.open(spec)) {
                List<String> names = ws.layouts().names();
                if (names.isEmpty()) {
                    out.println("no layouts (make one: lineup layout create NAME --from-source SOURCE)");
                }
                for (String name : names) {
                    Layout l = ws.layouts().stored(name);
                    long hidden = l.groups().stream().filter(LayoutGroup::hidden).count();
                    int rules = ws.tools().rules(name).size();
                    out.printf("%s\t%d groups%s\t%d channels\t%s%n", name, l.groups().size(),
                            hidden == 0 ? "" : " (" + hidden + " hidden)", l.channels().count(),
                            rules == 0 ? "no rules" : rules + " rule" + (rules == 1 ? "" : "s"));
                }
            }
            Cli.out(spec).flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = "Delete a layout, with its rules and publish history (files already "
            + "output or published are left where they are).")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                ws.layouts().delete(name);
            } catch (UnknownLayoutException e) {
                throw new UserError("no layout named \"" + name + "\" (see: lineup layout list)", e);
            }
            Cli.out(spec).printf("deleted layout '%s'%n", name);
            Cli.out(spec).flush();
            return ExitCodes.OK;
        }
    }
}
