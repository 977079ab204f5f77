package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Source;
import dev.lineup.model.SourceCategory;
import dev.lineup.store.SourceStore;
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
 * {@code lineup source categories NAME [--enable CAT]... [--disable CAT]... [--[no-]ignore-vod]
 * [--[no-]ignore-series]}: lists a source's categories with their state and changes them. A disabled
 * category is still refreshed (edits survive) but not offered for new layouts.
 */
@Command(name = "categories", description = "List a source's categories; turn them on or off, ignore VOD or series.")
final class SourceCategoriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--enable", paramLabel = "CATEGORY", description = "Turn a category on (repeatable).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "CATEGORY", description = "Turn a category off (repeatable).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--ignore-vod", negatable = true, description = "Skip films at refresh.")
    Boolean ignoreVod;

    @Option(names = "--ignore-series", negatable = true, description = "Skip series at refresh.")
    Boolean ignoreSeries;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        try (Workspace ws = Cli.open(spec)) {
            SourceStore sources = ws.store().sources();
            Source s = sources.find(name).orElseThrow(() -> new UserError("no source named \"" + name + "\""));
            List<SourceCategory> categories = sources.categories(s.id());
            checkKnown(s, categories, enable);
            checkKnown(s, categories, disable);
            set(sources, s, categories, enable, true);
            set(sources, s, categories, disable, false);
            if (ignoreVod != null || ignoreSeries != null) {
                sources.setIgnored(s.id(), ignoreVod != null ? ignoreVod : s.ignoreVod(),
                        ignoreSeries != null ? ignoreSeries : s.ignoreSeries());
                s = sources.find(name).orElseThrow();
            }
            for (SourceCategory c : sources.categories(s.id())) {
                out.printf("%s\t%s\t%s%n", c.enabled() ? "on" : "off", c.kind().word(), c.name());
            }
            out.printf("VOD %s, series %s%n", s.ignoreVod() ? "ignored" : "kept", s.ignoreSeries() ? "ignored" : "kept");
        }
        return ExitCodes.OK;
    }

    /** An unknown name is an error before anything changes. */
    private static void checkKnown(Source s, List<SourceCategory> all, List<String> names) {
        for (String n : names) {
            if (all.stream().noneMatch(c -> c.name().equals(n))) {
                throw new UserError("source \"" + s.name() + "\" has no category \"" + n
                        + "\" (see: lineup source categories " + s.name() + ")");
            }
        }
    }

    /** Every kind's category of that name (a live and a VOD category may share one). */
    private static void set(SourceStore sources, Source s, List<SourceCategory> all, List<String> names, boolean on) {
        for (String n : names) {
            all.stream().filter(c -> c.name().equals(n))
                    .forEach(c -> sources.setCategoryEnabled(s.id(), c.kind(), c.name(), on));
        }
    }
}
