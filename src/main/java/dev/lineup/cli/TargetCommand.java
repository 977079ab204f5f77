package dev.lineup.cli;

import dev.lineup.app.StoreTokenStore;
import dev.lineup.app.TargetSettings;
import dev.lineup.app.Targets;
import dev.lineup.app.Workspace;
import dev.lineup.model.TargetConfig;
import dev.lineup.sync.Reauthorizer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lineup target add|list|login|remove}: where layouts are published. */
@Command(name = "target", description = "Publish targets: a local folder, Dropbox or Google Drive.",
        subcommands = {TargetAddCommand.class, TargetCommand.ListTargets.class, TargetCommand.Login.class,
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
                    String signIn = t.kind().equals(TargetSettings.LOCAL) ? ""
                            : tokens.get(t.name()).isPresent() ? "  signed in" : "  not signed in";
                    out.printf("%s\t%s\t%s%s%n", t.name(), t.kind(), s.folder(), signIn);
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "login", description = "Sign a Dropbox or Google Drive target in through the browser "
            + "(PKCE, answer caught on 127.0.0.1).")
    static final class Login implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                TargetConfig t = ws.store().targets().find(name)
                        .orElseThrow(() -> new UserError("no target named \"" + name + "\""));
                try {
                    Targets.signIn(t, new StoreTokenStore(ws.store().secrets()), Cli.env(spec),
                            new BrowserPrompt(Cli.err(spec)), Reauthorizer.SIGN_IN_TIMEOUT);
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), e);
                }
                Cli.out(spec).printf("signed in: target \"%s\" (%s %s)%n", t.name(), t.kind(),
                        TargetSettings.of(t).folder());
            }
            return ExitCodes.OK;
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
                if (!ws.store().targets().remove(name)) {
                    throw new UserError("no target named \"" + name + "\"");
                }
                Cli.out(spec).printf("removed target \"%s\"%n", name);
            }
            return ExitCodes.OK;
        }
    }
}
