package dev.lineup.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what a user would see. */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        return withEnv(java.util.Map.of(), args);
    }

    /** Runs with these environment variables over the process's (e.g. a fake's base URL, a token). */
    public static CliRun withEnv(java.util.Map<String, String> env, String... args) {
        CommandLine cl = LineupCommand.commandLine(dev.lineup.app.Env.overlay(env));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The first line of stderr: the one-line error of DESIGN.md's exit-code contract. */
    public String firstErrLine() {
        return err.lines().findFirst().orElse("");
    }
}
