package dev.lineup.cli;

import dev.lineup.service.library.SourceForm;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Redactor;
import dev.lineup.model.SourceKind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup source add m3u|epg NAME --url FILE_OR_URL} and
 * {@code source add xtream NAME --server URL --username USER --password-env VAR}. A password is only
 * ever read from an environment variable (never an argument: arguments show up in process lists).
 */
@Command(name = "add", description = "Add a source (fetch it with: lineup source refresh NAME).",
        subcommands = {SourceAddCommand.M3u.class, SourceAddCommand.Epg.class, SourceAddCommand.Xtream.class})
final class SourceAddCommand {

    static Integer add(CommandSpec spec, String name, SourceKind kind, String location, String user, String password,
                       boolean noVod, boolean noSeries) throws Exception {
        try (Workspace ws = Cli.open(spec)) {
            SourceInfo s = ws.sources().add(new SourceForm(kind, name, location, user, password, noVod, noSeries));
            Cli.out(spec).printf("added %s source \"%s\" (%s); fetch it with: lineup source refresh \"%s\"%n",
                    kind.word(), s.name(), Redactor.url(s.location()), s.name());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    @Command(name = "m3u", description = "An M3U playlist file or URL.")
    static final class M3u implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--url", required = true, paramLabel = "FILE_OR_URL")
        String url;
        @Option(names = "--ignore-vod", description = "Skip /movie/ entries.")
        boolean noVod;
        @Option(names = "--ignore-series", description = "Skip /series/ entries.")
        boolean noSeries;

        @Override
        public Integer call() throws Exception {
            return add(spec, name, SourceKind.M3U, url, null, null, noVod, noSeries);
        }
    }

    @Command(name = "epg", description = "An XMLTV guide file or URL (.xml or .gz).")
    static final class Epg implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--url", required = true, paramLabel = "FILE_OR_URL")
        String url;

        @Override
        public Integer call() throws Exception {
            return add(spec, name, SourceKind.EPG, url, null, null, false, false);
        }
    }

    @Command(name = "xtream", description = "An Xtream Codes account.")
    static final class Xtream implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--server", required = true, paramLabel = "URL", description = "e.g. http://host:8080")
        String server;
        @Option(names = "--username", required = true, paramLabel = "USER")
        String username;
        @Option(names = "--password-env", required = true, paramLabel = "VAR",
                description = "Name of the environment variable holding the password.")
        String passwordEnv;
        @Option(names = "--ignore-vod", description = "Do not fetch films.")
        boolean noVod;
        @Option(names = "--ignore-series", description = "Do not fetch series.")
        boolean noSeries;

        @Override
        public Integer call() throws Exception {
            if (!server.matches("(?i)https?://.+")) {
                throw new UserError("--server must be an http:// or https:// URL");
            }
            String password = Cli.env(spec).find(passwordEnv).orElse(null); // the process environment, or a test's overlay
            if (password == null || password.isEmpty()) {
                throw new UserError("environment variable " + passwordEnv + " (from --password-env) is not set");
            }
            return add(spec, name, SourceKind.XTREAM, server, username, password, noVod, noSeries);
        }
    }
}
