package dev.lineup.cli;

import dev.lineup.service.publish.TargetService;
import dev.lineup.service.publish.SignIns;
import dev.lineup.service.publish.TargetInfo;
import dev.lineup.service.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lineup target add|list|login|remove}: where layouts are published. */
@Command(name = "target", description = "Publish targets: a local folder, Dropbox or Google Drive.",
        subcommands = {TargetAddCommand.class, TargetCommand.ListTargets.class, TargetLoginCommand.class,
                TargetCommand.Remove.class})
final class TargetCommand {

    @Command(name = "list", description = "List the targets with their folders (never their tokens).")
    static final class ListTargets implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                PrintWriter out = Cli.out(spec);
                for (TargetInfo t : TargetService.of(ws, Cli.env(spec)).list()) {
                    String signIn = t.cloud() ? signIn(ws.dataDir(), t) : "";
                    out.printf("%s\t%s\t%s%s%n", t.name(), t.kind(), t.folder(), signIn);
                }
            }
            return ExitCodes.OK;
        }

        /** Whether a token is stored, and what the provider said when it was last used: a revoked token is no sign-in. */
        private static String signIn(Path dataDir, TargetInfo t) {
            if (!t.signedIn()) {
                return "  not signed in; sign in: " + Advice.command(dataDir, "target", "login", t.name());
            }
            SignIns.Check check = t.lastCheck();
            if (check == null) {
                return "  signed in; last sign-in check: none yet";
            }
            if (check.ok()) {
                return "  signed in; last sign-in check: " + check.describe();
            }
            return "  sign-in refused; last sign-in check: " + check.describe() + "; sign in again: "
                    + Advice.command(dataDir, "target", "login", t.name());
        }
    }

    @Command(name = "remove", description = "Remove a target and its stored tokens.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                if (!TargetService.of(ws, Cli.env(spec)).remove(name)) {
                    throw new UserError("no target named \"" + name + "\"");
                }
                Cli.out(spec).printf("removed target \"%s\"%n", name);
            }
            return ExitCodes.OK;
        }
    }
}
