package dev.lineup.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root of the headless command line. The subcommand forms are a contract (DESIGN.md): add
 * options freely, never rename. Subcommands are registered in {@link Subcommands}.
 */
@Command(name = "lineup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lineup: IPTV layouts in, playlists and guides out.")
public final class LineupCommand {

    @Option(names = "--data-dir", description = "Data directory (default: LINEUP_HOME or the per-OS data directory).",
            scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    /** The data directory asked for on the command line, or null for the default. */
    public Path dataDir() {
        return dataDir;
    }

    /** Builds the command line with every subcommand and the exit-code mapping of DESIGN.md. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LineupCommand());
        Subcommands.register(cl);
        cl.setExecutionExceptionHandler(new ExitCodes.ExceptionHandler());
        cl.setParameterExceptionHandler(new ExitCodes.UsageHandler());
        return cl;
    }
}
