package dev.lineup.cli;

import dev.lineup.service.workspace.DataDirectory;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.service.schedule.OsSchedule;
import dev.lineup.service.schedule.SchedulePlan;
import dev.lineup.service.schedule.ScheduleInstaller;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup schedule install|remove|status [--dry-run]}: the OS scheduler entry that runs
 * {@code lineup run-scheduled} every {@code schedule.interval-minutes}.
 */
@Command(name = "schedule", description = "Install, remove or show the OS scheduler entry for lineup run-scheduled.")
final class ScheduleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "install|remove|status")
    String action;

    @Option(names = "--dry-run", description = "Print the files and commands; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        LineupCommand root = (LineupCommand) spec.root().userObject();
        Path dataDir = DataDirectory.resolve(root.dataDir());
        int minutes;
        try (Workspace ws = Cli.open(spec)) {
            minutes = ws.settings().scheduleIntervalMinutes();
        }
        OsSchedule.Kind kind = OsSchedule.Kind.detect(System.getProperty("os.name", ""),
                ScheduleInstaller.systemdRunning());
        OsSchedule schedule;
        try {
            schedule = new OsSchedule(kind, Path.of(System.getProperty("user.home")),
                    ScheduleInstaller.launchCommand(dataDir), minutes);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        switch (action) {
            case "install":
                return carryOut(out, schedule.install(), "installed: lineup run-scheduled every " + minutes + " minutes");
            case "remove":
                return carryOut(out, schedule.remove(), "removed");
            case "status":
                out.println(status(schedule) + " (" + schedule.install().kind() + ", every " + minutes + " minutes)");
                Cli.out(spec).flush();
                return ExitCodes.OK;
            default:
                throw new UserError("expected install, remove or status, not \"" + action + "\"");
        }
    }

    private int carryOut(PrintWriter out, SchedulePlan plan, String done) throws IOException {
        if (dryRun) {
            out.print(plan.describe());
        } else {
            ScheduleInstaller.apply(plan);
            out.println(done + " (" + plan.kind() + ")");
        }
        Cli.out(spec).flush();
        return ExitCodes.OK;
    }

    private static String status(OsSchedule schedule) throws IOException {
        List<String> cmd = schedule.statusCommand();
        if (cmd == null) {
            boolean present = schedule.install().files().keySet().stream().allMatch(Files::isRegularFile);
            return present ? "installed" : "not installed";
        }
        String out;
        try {
            out = ScheduleInstaller.run(cmd, null, true);
        } catch (IOException e) {
            return "unknown (" + cmd.get(0) + " not available)";
        }
        boolean installed = schedule.kind() == OsSchedule.Kind.CRON ? out.contains(OsSchedule.CRON_MARKER)
                : !out.isBlank();
        return installed ? "installed" : "not installed";
    }
}
