package dev.lineup.cli;

import dev.lineup.layout.Counts;
import dev.lineup.service.layouts.FromSource;
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

    @Command(name = "create", description = "A layout with one group per source category, holding its live channels "
            + "(films with --include vod or --include-category; series never: players cannot play a series).")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--from-source", required = true, paramLabel = "SOURCE")
        String source;

        @Option(names = "--include", split = ",", paramLabel = "vod",
                description = "Also take every film (VOD) of the source; live channels only without it.")
        List<String> include = List.of();

        @Option(names = "--include-category", paramLabel = "CATEGORY",
                description = "Also take the films of this film category (repeatable).")
        List<String> filmCategories = List.of();

        private FromSource choice() {
            return fromSourceChoice(include, filmCategories);
        }

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                FromSource.Made made;
                try {
                    made = ws.layouts().createFromSource(name, source, choice());
                } catch (LayoutNameTakenException | IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), e);
                }
                Layout l = made.layout();
                Cli.out(spec).printf("created layout '%s': %s, %s%n", l.name(), Counts.plural(l.groups().size(), "group"),
                        Counts.plural(l.channels().count(), "channel"));
                if (made.filmsLeftOut() > 0) {
                    Cli.err(spec).printf("note: %d film(s) left out: add them with --include vod or "
                            + "--include-category CATEGORY%n", made.filmsLeftOut());
                }
                if (made.seriesLeftOut() > 0) {
                    Cli.err(spec).printf("note: %d series left out: a series is a list of episodes, not a channel a "
                            + "player can play%n", made.seriesLeftOut());
                }
            }
            Cli.err(spec).flush();
            Cli.out(spec).flush();
            return ExitCodes.OK;
        }
    }

    /** {@code --include vod} takes every film; series are refused with why; anything else is a usage error. */
    private static FromSource fromSourceChoice(List<String> include, List<String> filmCategories) {
        boolean films = false;
        for (String k : include) {
            switch (k.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "vod", "films", "movies" -> films = true;
                case "live" -> { }
                case "series" -> throw new UserError("--include series: a series is a list of episodes, not a "
                        + "channel a player can play, so layouts leave series out");
                default -> throw new UserError("--include: expected vod, not \"" + k.strip() + "\"");
            }
        }
        return new FromSource(films, new java.util.HashSet<>(filmCategories.stream().map(String::strip).toList()));
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
                    out.printf("%s\t%s%s\t%s\t%s%n", name, Counts.plural(l.groups().size(), "group"),
                            hidden == 0 ? "" : " (" + hidden + " hidden)", Counts.plural(l.channels().count(), "channel"),
                            rules == 0 ? "no rules" : Counts.plural(rules, "rule"));
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
