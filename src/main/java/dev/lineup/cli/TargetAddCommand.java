package dev.lineup.cli;

import dev.lineup.service.publish.SignIns;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.publish.TargetSettings;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.OAuthTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup target add local|dropbox|gdrive NAME --folder ...}. Tokens are read from the environment
 * variable named on the command line, never from the command line itself (it shows in process lists),
 * and go to the secrets table; nothing here prints them.
 */
@Command(name = "add", description = "Add (or replace) a publish target.",
        subcommands = {TargetAddCommand.Local.class, TargetAddCommand.Dropbox.class, TargetAddCommand.Gdrive.class})
final class TargetAddCommand {

    @Command(name = "local", description = "A folder on this computer (also a Dropbox/Drive desktop-synced folder).")
    static final class Local implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--folder", required = true, paramLabel = "DIR")
        Path folder;

        @Override
        public Integer call() throws Exception {
            Path dir = folder.toAbsolutePath().normalize();
            Files.createDirectories(dir);
            try (Workspace ws = Cli.open(spec)) {
                TargetService.of(ws, Cli.env(spec)).add(new TargetService.TargetForm(name, TargetSettings.LOCAL, dir.toString(),
                        null, null), true, null);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            Cli.out(spec).printf("target \"%s\": local folder %s%n", name, dir);
            return ExitCodes.OK;
        }
    }

    /** {@code --access-token-env VAR} or {@code --refresh-token-env VAR} (with the app key / client id). */
    static final class TokenSource {
        @Option(names = "--access-token-env", paramLabel = "VAR", description = "Environment variable holding an access token.")
        String accessEnv;

        @Option(names = "--refresh-token-env", paramLabel = "VAR", description = "Environment variable holding a refresh token.")
        String refreshEnv;
    }

    abstract static class Cloud implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @ArgGroup(exclusive = true)
        TokenSource tokens;

        @Option(names = "--api-url", paramLabel = "URL", hidden = true,
                description = "API base URL (a fake or proxy); the provider's environment variable wins.")
        String apiUrl;

        abstract String kind();

        /** As typed; the provider checks its form when the target is added. */
        abstract String folder();

        abstract String clientId();

        abstract String clientIdOption();

        @Override
        public Integer call() throws Exception {
            OAuthTokens t = null;
            if (tokens != null && tokens.accessEnv != null) {
                t = new OAuthTokens(fromEnv(tokens.accessEnv), null, null, clientId(), null);
            } else if (tokens != null && tokens.refreshEnv != null) {
                if (clientId() == null) {
                    throw new UserError("--refresh-token-env needs " + clientIdOption()
                            + ": a refresh token only works with the app it was issued to");
                }
                t = new OAuthTokens(SignIns.NOT_YET_ISSUED, fromEnv(tokens.refreshEnv), Instant.EPOCH, clientId(), null);
            }
            try (Workspace ws = Cli.open(spec)) {
                TargetService targets = TargetService.of(ws, Cli.env(spec));
                TargetSettings added;
                try {
                    added = TargetSettings.of(targets.add(new TargetService.TargetForm(name, kind(), folder(),
                            clientId(), apiUrl), true, t));
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), e);
                }
                String signIn = t != null ? "token stored" : targets.hasTokens(name) ? "signed in"
                        : "not signed in yet; sign in: " + Advice.command(ws.dataDir(), "target", "login", name);
                Cli.out(spec).printf("target \"%s\": %s folder %s (%s)%n", name, kind(), added.folder(), signIn);
            }
            return ExitCodes.OK;
        }

        private String fromEnv(String var) {
            return Cli.env(spec).find(var).orElseThrow(() -> new UserError("environment variable " + var
                    + " is not set or empty"));
        }
    }

    @Command(name = "dropbox", description = "A Dropbox folder, e.g. /IPTV.")
    static final class Dropbox extends Cloud {
        @Option(names = "--folder", required = true, paramLabel = "/PATH")
        String folder;

        @Option(names = "--app-key", paramLabel = "KEY", description = "Dropbox app key (for sign-in and refresh).")
        String appKey;

        String kind() {
            return TargetSettings.DROPBOX;
        }

        String folder() {
            return folder;
        }

        String clientId() {
            return appKey;
        }

        String clientIdOption() {
            return "--app-key";
        }
    }

    @Command(name = "gdrive", description = "A folder in Google Drive (My Drive), by name.")
    static final class Gdrive extends Cloud {
        @Option(names = "--folder", required = true, paramLabel = "NAME")
        String folder;

        @Option(names = "--client-id", paramLabel = "ID", description = "Google OAuth client id (for sign-in and refresh).")
        String clientIdValue;

        String kind() {
            return TargetSettings.GDRIVE;
        }

        String folder() {
            return folder;
        }

        String clientId() {
            return clientIdValue;
        }

        String clientIdOption() {
            return "--client-id";
        }
    }
}
