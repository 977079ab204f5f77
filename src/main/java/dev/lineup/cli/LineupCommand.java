package dev.lineup.cli;

import dev.lineup.service.common.Env;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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

    /**
     * Runs {@code args} once, as the process does: a {@code render} in its plain form without building the command
     * model ({@link QuickRenderArguments}), anything else through {@link #commandLineFor}. Returns the exit code.
     */
    public static int execute(String[] args) {
        return execute(Env.SYSTEM, null, null, args);
    }

    /** As {@link #execute(String[])}, reading environment variables from {@code env}, printing to these (null: stdout, stderr). */
    public static int execute(Env env, PrintWriter out, PrintWriter err, String[] args) {
        RenderCommand render = QuickRenderArguments.parse(args);
        if (render == null) {
            CommandLine cl = build(env, args);
            if (out != null) {
                cl.setOut(out);
            }
            if (err != null) {
                cl.setErr(err);
            }
            return cl.execute(args);
        }
        PrintWriter stdout = out != null ? out : consoleWriter(System.out, "sun.stdout.encoding");
        PrintWriter stderr = err != null ? err : consoleWriter(System.err, "sun.stderr.encoding");
        try (HeldLog held = HeldLog.hold()) {
            try {
                return render.run(stdout, stderr);
            } catch (Exception e) {
                return ExitCodes.report(e, stderr); // before the held log, as HoldingTheLog does
            } finally {
                stdout.flush();
            }
        }
    }

    /** A writer on {@code stream} as picocli makes its own, so both ways print the same bytes. */
    private static PrintWriter consoleWriter(OutputStream stream, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset = Charset.defaultCharset();
        if (encoding != null) {
            try {
                charset = Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
            } catch (IllegalArgumentException e) {
                // an encoding this runtime lacks: picocli keeps the default charset too
            }
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
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
