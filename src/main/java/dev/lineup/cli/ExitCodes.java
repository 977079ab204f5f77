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
            if (c instanceof UserError || c instanceof dev.lineup.source.SourceFetchException) {
                return BAD_INPUT;
            }
            if (c instanceof dev.lineup.sync.SyncException) {
                return PUBLISH_PROBLEM;
            }
            String n = c.getClass().getSimpleName();
            if (n.endsWith("FormatException") || c instanceof java.nio.file.NoSuchFileException
                    || unusablePath(c) != null) {
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
            if (c instanceof UserError || c instanceof dev.lineup.source.SourceFetchException
                    || c.getClass().getSimpleName().endsWith("FormatException")) {
                return "error: " + c.getMessage();
            }
            if (c instanceof java.nio.file.NoSuchFileException) {
                return "error: " + c.getMessage() + ": no such file";
            }
            String unusable = unusablePath(c);
            if (unusable != null) {
                return "error: " + ((java.nio.file.FileSystemException) c).getFile() + ": " + unusable;
            }
        }
        return "internal error: " + t;
    }

    /**
     * Why a path the user gave cannot be used (e.g. {@code layout export NAME FILE} under a plain file or a
     * read-only folder): bad input the user fixes by naming another path, not an internal failure.
     */
    private static String unusablePath(Throwable c) {
        if (!(c instanceof java.nio.file.FileSystemException) || ((java.nio.file.FileSystemException) c).getFile() == null) {
            return null;
        }
        if (c instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (c instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (c instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists (a file where a folder is needed?)";
        }
        String reason = ((java.nio.file.FileSystemException) c).getReason();
        if ("Not a directory".equals(reason)) {
            return "not a folder (a file stands where a folder is needed)";
        }
        if ("Read-only file system".equals(reason)) {
            return "read-only file system";
        }
        return null;
    }

    static final class ExceptionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            return report(ex, cl.getErr());
        }
    }

    /** Prints a failed command's one line (its stack trace too for an internal one under LINEUP_DEBUG); its code. */
    static int report(Exception ex, PrintWriter err) {
        err.println(lineFor(ex));
        int code = codeFor(ex);
        if (code == INTERNAL && System.getenv("LINEUP_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** picocli's message, except that a mistyped subcommand is named as such, with the ones that exist. */
    static String usageProblem(CommandLine.ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !cl.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            return "unknown command \"" + u.getUnmatched().get(0) + "\" for \"" + cl.getCommandSpec().qualifiedName()
                    + "\" (expected one of: " + String.join(", ", cl.getSubcommands().keySet()) + ")";
        }
        return ex.getMessage();
    }

    static final class UsageHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + usageProblem(ex));
            // The full path ("lineup source add"), so the hint names a command that exists.
            err.println("(see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            err.flush();
            return BAD_INPUT;
        }
    }
}
