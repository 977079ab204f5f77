package dev.lineup.cli;

import dev.lineup.service.common.Env;
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

    /** Where commands read environment variables; in-process runs (tests) supply their own. */
    private Env env = Env.SYSTEM;

    /** The data directory asked for on the command line, or null for the default. */
    public Path dataDir() {
        return dataDir;
    }

    public Env env() {
        return env;
    }

    /** Builds the command line with every subcommand and the exit-code mapping of DESIGN.md. */
    public static CommandLine commandLine() {
        return commandLine(Env.SYSTEM);
    }

    /** As {@link #commandLine()}, reading environment variables from {@code env}. */
    public static CommandLine commandLine(Env env) {
        return build(env, null);
    }

    /**
     * The command line for running {@code args} once (the process entry point): only the subcommand they name is
     * built, which saves most of a short command's start-up; the same commands and answers as {@link #commandLine()}.
     */
    public static CommandLine commandLineFor(String[] args) {
        return build(Env.SYSTEM, args);
    }

    private static CommandLine build(Env env, String[] args) {
        LineupCommand root = new LineupCommand();
        root.env = env;
        CommandLine cl = new CommandLine(root);
        if (args == null) {
            Subcommands.register(cl);
        } else {
            Subcommands.register(cl, args);
        }
        withHelpEverywhere(cl);
        ExitCodes.ExceptionHandler failures = new ExitCodes.ExceptionHandler();
        cl.setExecutionExceptionHandler(failures);
        cl.setParameterExceptionHandler(new ExitCodes.UsageHandler());
        // Made now, on the real stderr: picocli creates it lazily, and HeldLog swaps System.err later.
        cl.setErr(cl.getErr());
        cl.setExecutionStrategy(new HoldingTheLog(failures));
        return cl;
    }

    /**
     * Runs the command with log lines held until its own output is done, so the first stderr line is
     * the command's (exit 3: {@code KIND: facts}); failures are reported here, before the held log. A class, not
     * a lambda: picocli's interfaces are old class files, and a lambda implementing one keeps them out of the
     * AppCDS archive (they would be loaded from the jar at every start).
     */
    private static final class HoldingTheLog implements CommandLine.IExecutionStrategy {
        private final ExitCodes.ExceptionHandler failures;

        HoldingTheLog(ExitCodes.ExceptionHandler failures) {
            this.failures = failures;
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            try (HeldLog held = HeldLog.hold()) {
                try {
                    return new CommandLine.RunLast().execute(parsed);
                } catch (CommandLine.ExecutionException e) {
                    Exception cause = e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
                    return failures.handleExecutionException(cause, e.getCommandLine(), parsed);
                }
            }
        }
    }

    /** Every subcommand, at any depth, answers {@code --help} (and {@code -h}). */
    private static void withHelpEverywhere(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            withHelpEverywhere(sub);
        }
    }
}
