package dev.lineup.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Exit codes of DESIGN.md: 0 done, 1 bad usage or bad input (one line naming the file and line),
 * 2 internal failure, 3 a publish problem (first stderr line {@code KIND: facts}).
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL = 2;
    public static final int PUBLISH_PROBLEM = 3;

    private ExitCodes() {
    }

    /** Bad input types are the parsers' own exceptions, recognised by name so the engine stays ours-free. */
    static int codeFor(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserError) {
                return BAD_INPUT;
            }
            if (c instanceof dev.lineup.sync.SyncException) {
                return PUBLISH_PROBLEM;
            }
            String n = c.getClass().getSimpleName();
            if (n.endsWith("FormatException") || c instanceof java.nio.file.NoSuchFileException) {
                return BAD_INPUT;
            }
        }
        return INTERNAL;
    }

    /** The one line printed for a failure: the message, never a stack trace (that goes to the log). */
    static String lineFor(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof dev.lineup.sync.SyncProblemException spe) {
                return spe.problem().cliLine(); // its message already starts with the kind
            }
            if (c instanceof dev.lineup.sync.SyncException se) {
                return se.kind().label() + ": " + se.getMessage();
            }
            if (c instanceof UserError || c.getClass().getSimpleName().endsWith("FormatException")) {
                return "error: " + c.getMessage();
            }
            if (c instanceof java.nio.file.NoSuchFileException) {
                return "error: " + c.getMessage() + ": no such file";
            }
        }
        return "internal error: " + t;
    }

    static final class ExceptionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            PrintWriter err = cl.getErr();
            err.println(lineFor(ex));
            int code = codeFor(ex);
            if (code == INTERNAL && System.getenv("LINEUP_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        }
    }

    static final class UsageHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            err.println("(see: lineup " + ex.getCommandLine().getCommandName() + " --help)");
            err.flush();
            return BAD_INPUT;
        }
    }
}
