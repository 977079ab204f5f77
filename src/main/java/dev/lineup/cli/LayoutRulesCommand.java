package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.layout.LayoutEditException;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleReport;
import dev.lineup.layout.RulesJson;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup layout rules NAME [--set FILE.json] [--dry-run]}: shows or sets the rules that place
 * new provider channels at every refresh. {@code --dry-run} shows what the rules (the stored ones, or
 * those of {@code --set} without storing them) would do with every provider channel not yet in the
 * layout, and changes nothing.
 */
@Command(name = "rules", description = "Show or set the rules that place new provider channels at every refresh.")
final class LayoutRulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--set", paramLabel = "FILE.json", description = "Replace the rules with those of this file.")
    Path file;

    @Option(names = "--dry-run", description = "Show what the rules would place now; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        List<Rule> fromFile = null;
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                fromFile = RulesJson.read(r, file.toString());
            }
        }
        try (Workspace ws = Cli.open(spec)) {
            try {
                if (!ws.layouts().exists(name)) {
                    throw new UserError("no layout named \"" + name + "\" (see: lineup layout list)");
                }
                List<Rule> rules = fromFile != null ? fromFile : ws.tools().rules(name);
                if (dryRun) {
                    RuleReport report = ws.tools().dryRunRules(name, rules);
                    out.print("dry run, nothing changed: " + report.render());
                } else if (fromFile != null) {
                    ws.tools().saveRules(name, rules);
                    out.printf("layout '%s' now has %d rule%s; they place new channels at every refresh%n", name,
                            rules.size(), rules.size() == 1 ? "" : "s");
                } else {
                    out.println(RulesJson.toJson(rules));
                }
            } catch (LayoutEditException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        Cli.out(spec).flush();
        return ExitCodes.OK;
    }
}
