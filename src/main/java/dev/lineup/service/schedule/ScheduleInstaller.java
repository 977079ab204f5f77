package dev.lineup.service.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Carries out a {@link SchedulePlan}: writes and deletes its files, edits the crontab, runs its commands. */
public final class ScheduleInstaller {
    private ScheduleInstaller() {
    }

    /** The entry point, named rather than referenced: the services sit below the launcher. */
    static final String MAIN_CLASS = "dev.lineup.launch.Main";

    /** The command line a scheduler runs: this Java, this jar (or class path), the data directory. */
    public static List<String> launchCommand(Path dataDir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Path code;
        try {
            code = Path.of(ScheduleInstaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            code = null;
        }
        if (code != null && code.toString().endsWith(".jar")) {
            cmd.addAll(List.of("-jar", code.toAbsolutePath().toString()));
        } else {
            // a scheduler starts in another directory: relative class path entries must be made absolute
            String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .map(e -> Path.of(e).toAbsolutePath().toString())
                    .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
            cmd.addAll(List.of("-cp", cp, MAIN_CLASS));
        }
        cmd.addAll(List.of("--data-dir", dataDir.toAbsolutePath().toString(), "run-scheduled"));
        return cmd;
    }

    /** Whether systemd manages this user session (else Linux falls back to crontab). */
    public static boolean systemdRunning() {
        return Files.isDirectory(Path.of("/run/systemd/system"));
    }

    public static void apply(SchedulePlan plan) throws IOException {
        for (Map.Entry<Path, String> f : plan.files().entrySet()) {
            Files.createDirectories(f.getKey().getParent());
            Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
        }
        for (Path p : plan.delete()) {
            Files.deleteIfExists(p);
        }
        if (plan.cronLine() != null) {
            String current = run(List.of("crontab", "-l"), null, true);
            run(List.of("crontab", "-"), OsSchedule.mergeCrontab(current, plan.cronLine()), false);
        }
        for (List<String> c : plan.commands()) {
            // launchctl unload of an agent not loaded yet fails harmlessly; every other command must succeed
            run(c, null, c.contains("unload"));
        }
    }

    /** Runs a command; returns its stdout. A non-zero exit is an IOException unless {@code mayFail}. */
    public static String run(List<String> command, String stdin, boolean mayFail) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        if (p.exitValue() != 0 && !mayFail) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + out.strip());
        }
        return p.exitValue() == 0 ? out : "";
    }
}
