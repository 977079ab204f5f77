package dev.lineup.cli;

import dev.lineup.model.TargetConfig;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.publish.TargetSettings;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.Provider;
import java.io.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup target login NAME}: signs a cloud target in (again), whichever way it was signed in. With
 * an app key / client id: the provider's page in a browser (PKCE, answer caught on 127.0.0.1). A target
 * added with a bare token has no app to sign in to: a new token is pasted at a hidden prompt, or named by
 * {@code --access-token-env VAR}. Tokens never come from the command line itself (process lists show it).
 */
@Command(name = "login", description = "Sign a Dropbox or Google Drive target in (again): in the browser when it "
        + "has an app key / client id, else with a new token (prompted, or --access-token-env VAR).")
final class TargetLoginCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @ArgGroup(exclusive = true)
    TargetAddCommand.TokenSource tokens;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Cli.open(spec)) {
            TargetService targets = TargetService.of(ws, Cli.env(spec));
            TargetConfig t = targets.find(name)
                    .orElseThrow(() -> new UserError("no target named \"" + name + "\" (see: "
                            + Advice.command(ws.dataDir(), "target", "list") + ")"));
            String how;
            try {
                how = signIn(ws, t, targets);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            Cli.out(spec).printf("signed in: target \"%s\" (%s %s)%s%n", t.name(), t.kind(),
                    TargetSettings.of(t).folder(), how);
        }
        return ExitCodes.OK;
    }

    private String signIn(Workspace ws, TargetConfig t, TargetService targets) throws Exception {
        if (tokens != null && tokens.accessEnv != null) {
            targets.useAccessToken(t.name(), fromEnv(tokens.accessEnv));
            return "; new access token stored, the next publish uses it";
        }
        if (tokens != null && tokens.refreshEnv != null) {
            targets.useRefreshToken(t.name(), fromEnv(tokens.refreshEnv));
            return "; new refresh token stored, the next publish uses it";
        }
        switch (targets.signInWay(t.name())) {
            case NONE:
                throw new UserError("target \"" + t.name() + "\" is a local folder: it needs no sign-in");
            case PASTE_TOKEN:
                targets.useAccessToken(t.name(), pasted(ws, t, targets.provider(t)));
                return "; new access token stored, the next publish uses it";
            default:
                targets.signIn(t.name(), new BrowserPrompt(Cli.err(spec)));
                return "";
        }
    }

    /** A token typed or pasted at a hidden prompt; without a terminal, the command that supplies one instead. */
    private String pasted(Workspace ws, TargetConfig t, Provider p) {
        Console console = System.console();
        String provider = p.label();
        if (console == null) {
            throw new UserError("target \"" + t.name() + "\" was added with a token and has no "
                    + p.clientIdName()
                    + ", so it cannot sign in in a browser; put a new " + provider + " access token in an "
                    + "environment variable and run: " + Advice.command(ws.dataDir(), "target", "login", t.name(),
                    "--access-token-env", "VAR"));
        }
        char[] typed = console.readPassword("Paste a new %s access token for target \"%s\" (not shown): ",
                provider, t.name());
        if (typed == null || new String(typed).isBlank()) {
            throw new UserError("no token was pasted; nothing changed");
        }
        return new String(typed);
    }

    private String fromEnv(String var) {
        return Cli.env(spec).find(var).orElseThrow(() -> new UserError("environment variable " + var
                + " is not set or empty"));
    }
}
