package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.SourceCategory;
import dev.lineup.service.library.SourceAdmin;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.service.library.UnknownSourceException;
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
            SourceAdmin sources = ws.sources();
            SourceInfo s;
            try {
                s = sources.info(name);
            } catch (UnknownSourceException e) {
                throw new UserError("no source named \"" + name + "\"", e);
            }
            List<SourceCategory> categories = sources.categories(name);
            checkKnown(name, categories, enable);
            checkKnown(name, categories, disable);
            set(sources, categories, enable, true);
            set(sources, categories, disable, false);
            if (ignoreVod != null || ignoreSeries != null) {
                sources.setIgnored(name, ignoreVod != null ? ignoreVod : s.ignoreVod(),
                        ignoreSeries != null ? ignoreSeries : s.ignoreSeries());
                s = sources.info(name);
            }
            for (SourceCategory c : sources.categories(name)) {
                out.printf("%s\t%s\t%s%n", c.enabled() ? "on" : "off", c.kind().word(), c.name());
            }
            out.printf("VOD %s, series %s%n", s.ignoreVod() ? "ignored" : "kept", s.ignoreSeries() ? "ignored" : "kept");
        }
        return ExitCodes.OK;
    }

    /** An unknown name is an error before anything changes. */
    private static void checkKnown(String source, List<SourceCategory> all, List<String> names) {
        for (String n : names) {
            if (all.stream().noneMatch(c -> c.name().equals(n))) {
                throw new UserError("source \"" + source + "\" has no category \"" + n
                        + "\" (see: lineup source categories " + source + ")");
            }
        }
    }

    /** Every kind's category of that name (a live and a VOD category may share one). */
    private void set(SourceAdmin sources, List<SourceCategory> all, List<String> names, boolean on)
            throws IOException {
        for (String n : names) {
            for (SourceCategory c : all) {
                if (c.name().equals(n)) {
                    sources.setCategoryEnabled(name, c, on);
                }
            }
        }
    }
}
