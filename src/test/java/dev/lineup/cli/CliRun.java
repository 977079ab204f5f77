package dev.lineup.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** Runs the real command line in-process (or as its own process) and captures what a user would see. */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        return withEnv(Map.of(), args);
    }

    /** Runs with these environment variables over the process's (e.g. a fake's base URL, a token). */
    public static CliRun withEnv(Map<String, String> env, String... args) {
        // as the process runs them: a plain render without picocli's model, the rest through picocli
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LineupCommand.execute(dev.lineup.service.common.Env.overlay(env), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** As {@link #of}, always through picocli's whole command line (never {@link QuickRenderArguments}). */
    public static CliRun throughPicocli(String... args) {
        CommandLine cl = LineupCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code java dev.lineup.launch.Main ARGS} as its own process, as a script or scheduler does: the
     * real stdout, stderr (log lines included) and exit status. {@code env} is added to the process's.
     */
    public static CliRun process(Map<String, String> env, String... args) throws Exception {
        return process("256m", env, args);
    }

    /** As {@link #process(Map, String...)}, with a heap of at most {@code maxHeap} (e.g. {@code 64m}). */
    public static CliRun process(String maxHeap, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), "dev.lineup.launch.Main"));
        cmd.addAll(List.of(args));
        Path errFile = Files.createTempFile("lineup-cli-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errFile.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("lineup " + String.join(" ", args) + " did not end within 120 s");
            }
            return new CliRun(p.exitValue(), out, Files.readString(errFile));
        } finally {
            Files.deleteIfExists(errFile);
        }
    }

    /** The first line of stderr: the one-line error of DESIGN.md's exit-code contract. */
    public String firstErrLine() {
        return err.lines().findFirst().orElse("");
    }
}
