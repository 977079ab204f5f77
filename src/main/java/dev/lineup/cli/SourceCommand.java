package dev.lineup.cli;

import dev.lineup.layout.Counts;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.model.SourceKind;
import dev.lineup.model.XtreamAccount;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lineup source add|list|refresh}. */
@Command(name = "source", description = "Add, list and refresh playlist, Xtream and guide sources.",
        subcommands = {SourceAddCommand.class, SourceCommand.ListSources.class, SourceRefreshCommand.class,
            SourceCategoriesCommand.class})
final class SourceCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    @Command(name = "list", description = "List sources with channel counts, last refresh and Xtream account state.")
    static final class ListSources implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = Cli.out(spec);
            try (Workspace ws = Cli.open(spec)) {
                List<SourceInfo> sources = ws.sources().list();
                if (sources.isEmpty()) {
                    out.println("no sources (add one: lineup source add m3u|epg|xtream NAME ...)");
                }
                for (SourceInfo s : sources) {
                    String counts = s.kind() == SourceKind.EPG ? Counts.plural(s.channels(), "guide channel")
                            : Counts.plural(s.channels(), "channel")
                                    + (s.removed() > 0 ? ", " + s.removed() + " removed by provider" : "");
                    out.printf("%s\t%s\t%s\t%s\t%s%n", s.name(), s.kind().word(), counts,
                            s.lastRefresh() == null ? "never refreshed"
                                    : ("ok".equals(s.lastStatus()) ? "refreshed " : "last tried ")
                                    + WHEN.format(s.lastRefresh()),
                            s.lastStatus() == null ? "" : s.lastStatus());
                    out.println("\t" + s.location() + (s.username() == null ? "" : " (user " + s.username() + ")"));
                    if (s.account() != null) {
                        out.println("\t" + account(s.account()));
                    }
                }
            }
            return ExitCodes.OK;
        }
    }

    static String account(XtreamAccount a) {
        return "account " + (a.status() == null ? "?" : a.status())
                + (a.trial() ? " (trial)" : "")
                + ", " + (a.expiresAt() == null ? "never expires" : "expires " + WHEN.format(a.expiresAt()))
                + ", max connections " + (a.maxConnections() == null ? "?" : a.maxConnections())
                + (a.activeConnections() == null ? "" : " (" + a.activeConnections() + " active)");
    }
}
