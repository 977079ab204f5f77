package dev.lineup.cli;

import dev.lineup.service.publish.SignIns;
import dev.lineup.service.publish.StoreTokenStore;
import dev.lineup.service.publish.TargetSettings;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.TargetConfig;
import java.io.PrintWriter;
import java.util.Optional;
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
                StoreTokenStore tokens = new StoreTokenStore(ws.store().secrets());
                for (TargetConfig t : ws.store().targets().list()) {
                    TargetSettings s = TargetSettings.of(t);
                    String signIn = t.kind().equals(TargetSettings.LOCAL) ? "" : signIn(ws, t, tokens);
                    out.printf("%s\t%s\t%s%s%n", t.name(), t.kind(), s.folder(), signIn);
                }
            }
            return ExitCodes.OK;
        }

        /** Whether a token is stored, and what the provider said when it was last used: a revoked token is no sign-in. */
        private static String signIn(Workspace ws, TargetConfig t, StoreTokenStore tokens) {
            if (tokens.get(t.name()).isEmpty()) {
                return "  not signed in; sign in: " + Advice.command(ws.dataDir(), "target", "login", t.name());
            }
            Optional<SignIns.Check> check = SignIns.last(ws.store().settings(), t.name());
            if (check.isEmpty()) {
                return "  signed in; last sign-in check: none yet";
            }
            if (check.get().ok()) {
                return "  signed in; last sign-in check: " + check.get().describe();
            }
            return "  sign-in refused; last sign-in check: " + check.get().describe() + "; sign in again: "
                    + Advice.command(ws.dataDir(), "target", "login", t.name());
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
                SignIns.clearCheck(ws.store().settings(), name);
                if (!ws.store().targets().remove(name)) {
                    throw new UserError("no target named \"" + name + "\"");
                }
                Cli.out(spec).printf("removed target \"%s\"%n", name);
            }
            return ExitCodes.OK;
        }
    }
}
