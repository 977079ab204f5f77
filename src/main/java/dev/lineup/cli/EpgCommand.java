package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.layout.epg.ChannelMatch;
import dev.lineup.layout.epg.EpgMatchJson;
import dev.lineup.layout.epg.GuideProposal;
import dev.lineup.service.layouts.StoredEpgMatch;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lineup epg match LAYOUT [--apply] [--json]}. */
@Command(name = "epg", description = "Guide tools.", subcommands = EpgCommand.Match.class)
final class EpgCommand {

    @Command(name = "match", description = "Propose guide channels for the layout's channels without one, with "
            + "confidence and reason; --apply maps those above epg.auto-apply-threshold (never a manual mapping).")
    static final class Match implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LAYOUT")
        String layout;

        @Option(names = "--apply", description = "Map the channels whose best proposal reaches the threshold.")
        boolean apply;

        @Option(names = "--json", description = "Print [{\"channel\", \"candidates\": [{\"guideId\", \"confidence\", \"reason\"}]}].")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = Cli.out(spec);
            PrintWriter err = Cli.err(spec);
            try (Workspace ws = Cli.open(spec)) {
                StoredEpgMatch.Outcome o;
                try {
                    o = ws.tools().matchGuides(layout, apply);
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), e);
                }
                if (json) {
                    EpgMatchJson.write(o.result(), out);
                } else {
                    for (ChannelMatch m : o.result().matches()) {
                        out.println(m.channel().name() + (m.autoApplied().isPresent() ? "  [auto]" : ""));
                        if (m.candidates().isEmpty()) {
                            out.println("    (no candidate)");
                        }
                        for (GuideProposal p : m.candidates()) {
                            out.printf("    %.3f  %s  (%s) %s%n", p.confidence(), p.guideId(), p.guideSourceName(),
                                    p.reason());
                        }
                    }
                }
                // The summary goes to stderr so --json output stays exactly the contract's JSON.
                err.printf("%d channels matched (%d already mapped, left alone), %d at or above %.2f%s%n",
                        o.result().matches().size(), o.result().skipped().size(), o.result().autoApplied().size(),
                        o.result().autoApplyThreshold(), apply ? "; " + o.applied() + " mapped and saved" : "");
                out.flush();
                err.flush();
            }
            return ExitCodes.OK;
        }
    }
}
