package dev.lineup.service.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OS scheduler entry that runs {@code lineup run-scheduled} every N minutes: a systemd user timer
 * on Linux (a crontab line where there is no systemd), a launchd agent on macOS, a Task Scheduler task
 * on Windows. Only builds the plan; {@link ScheduleInstaller} carries it out.
 */
public final class OsSchedule {
    public static final String NAME = "lineup-scheduled";
    public static final String LAUNCHD_LABEL = "dev.lineup.scheduled";
    public static final String WINDOWS_TASK = "Lineup scheduled run";
    public static final String CRON_MARKER = "# " + NAME;

    /** Which scheduler: chosen from the OS name and, on Linux, whether systemd runs. */
    public enum Kind {
        SYSTEMD, CRON, LAUNCHD, SCHTASKS;

        public static Kind detect(String osName, boolean systemd) {
            String os = osName.toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                return SCHTASKS;
            }
            if (os.startsWith("mac")) {
                return LAUNCHD;
            }
            return systemd ? SYSTEMD : CRON;
        }
    }

    private final Kind kind;
    private final Path home;
    private final List<String> command;
    private final int minutes;

    /** @param command the full {@code lineup --data-dir DIR run-scheduled} command line, program first */
    public OsSchedule(Kind kind, Path home, List<String> command, int minutes) {
        if (minutes < 1 || minutes > 1439) {
            throw new IllegalArgumentException("schedule.interval-minutes must be from 1 to 1439, not " + minutes);
        }
        this.kind = kind;
        this.home = home;
        this.command = List.copyOf(command);
        this.minutes = minutes;
    }

    public SchedulePlan install() {
        switch (kind) {
            case SYSTEMD:
                Path dir = home.resolve(".config/systemd/user");
                Map<Path, String> files = new LinkedHashMap<>();
                files.put(dir.resolve(NAME + ".service"), "[Unit]\nDescription=Lineup: refresh sources and output layouts\n\n"
                        + "[Service]\nType=oneshot\nExecStart=" + command.stream().map(OsSchedule::systemdQuote)
                        .collect(Collectors.joining(" ")) + "\n");
                files.put(dir.resolve(NAME + ".timer"), "[Unit]\nDescription=Run Lineup every " + minutes + " minutes\n\n"
                        + "[Timer]\nOnBootSec=5min\nOnUnitActiveSec=" + minutes + "min\nPersistent=true\n\n"
                        + "[Install]\nWantedBy=timers.target\n");
                return new SchedulePlan("systemd user timer", files, List.of(), List.of(
                        List.of("systemctl", "--user", "daemon-reload"),
                        List.of("systemctl", "--user", "enable", "--now", NAME + ".timer")), null);
            case CRON:
                return new SchedulePlan("crontab", Map.of(), List.of(), List.of(), cronLine());
            case LAUNCHD:
                Path plist = launchdPlist();
                return new SchedulePlan("launchd agent", Map.of(plist, plist()), List.of(), List.of(
                        List.of("launchctl", "unload", plist.toString()),
                        List.of("launchctl", "load", "-w", plist.toString())), null);
            default:
                return new SchedulePlan("Windows Task Scheduler", Map.of(), List.of(), List.of(List.of("schtasks",
                        "/Create", "/F", "/SC", "MINUTE", "/MO", Integer.toString(minutes), "/TN", WINDOWS_TASK,
                        "/TR", command.stream().map(OsSchedule::windowsQuote).collect(Collectors.joining(" ")))), null);
        }
    }

    public SchedulePlan remove() {
        switch (kind) {
            case SYSTEMD:
                Path dir = home.resolve(".config/systemd/user");
                return new SchedulePlan("systemd user timer", Map.of(), List.of(dir.resolve(NAME + ".timer"),
                        dir.resolve(NAME + ".service")), List.of(
                        List.of("systemctl", "--user", "disable", "--now", NAME + ".timer"),
                        List.of("systemctl", "--user", "daemon-reload")), null);
            case CRON:
                return new SchedulePlan("crontab", Map.of(), List.of(), List.of(), "");
            case LAUNCHD:
                return new SchedulePlan("launchd agent", Map.of(), List.of(launchdPlist()), List.of(
                        List.of("launchctl", "unload", launchdPlist().toString())), null);
            default:
                return new SchedulePlan("Windows Task Scheduler", Map.of(), List.of(), List.of(
                        List.of("schtasks", "/Delete", "/F", "/TN", WINDOWS_TASK)), null);
        }
    }

    /** The command that tells whether the entry is installed (exit 0 = yes), or null for file-only checks. */
    public List<String> statusCommand() {
        switch (kind) {
            case SYSTEMD:
                return List.of("systemctl", "--user", "is-enabled", NAME + ".timer");
            case CRON:
                return List.of("crontab", "-l");
            case LAUNCHD:
                return null;
            default:
                return List.of("schtasks", "/Query", "/TN", WINDOWS_TASK);
        }
    }

    public Kind kind() {
        return kind;
    }

    Path launchdPlist() {
        return home.resolve("Library/LaunchAgents/" + LAUNCHD_LABEL + ".plist");
    }

    /** Every N minutes when N divides an hour, else every N/60 hours on the hour (cron cannot say "every 90 min"). */
    String cronLine() {
        String when = minutes < 60 ? "*/" + minutes + " * * * *" : "0 */" + Math.max(1, minutes / 60) + " * * *";
        // cron turns an unescaped '%' into a newline
        return when + " " + command.stream().map(a -> shellQuote(a).replace("%", "\\%"))
                .collect(Collectors.joining(" ")) + " "
                + CRON_MARKER;
    }

    private String plist() {
        StringBuilder args = new StringBuilder();
        for (String a : command) {
            args.append("        <string>").append(xml(a)).append("</string>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<plist version=\"1.0\">\n<dict>\n    <key>Label</key>\n    <string>" + LAUNCHD_LABEL + "</string>\n"
                + "    <key>ProgramArguments</key>\n    <array>\n" + args + "    </array>\n"
                + "    <key>StartInterval</key>\n    <integer>" + minutes * 60 + "</integer>\n"
                + "    <key>RunAtLoad</key>\n    <false/>\n</dict>\n</plist>\n";
    }

    /** The user's crontab with our line replaced (or removed when {@code line} is empty), other lines kept. */
    public static String mergeCrontab(String existing, String line) {
        List<String> out = new ArrayList<>();
        for (String l : existing.split("\n", -1)) {
            if (!l.endsWith(CRON_MARKER) && !l.isEmpty()) {
                out.add(l);
            }
        }
        if (!line.isEmpty()) {
            out.add(line);
        }
        return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }

    static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./=:-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** systemd expands '%' specifiers in ExecStart, so a literal '%' is written '%%'. */
    static String systemdQuote(String s) {
        String t = s.replace("%", "%%");
        return t.matches("[A-Za-z0-9_./=:%-]+") ? t : "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String windowsQuote(String s) {
        return s.matches("[A-Za-z0-9_./=:\\\\-]+") ? s : "\"" + s.replace("\"", "\\\"") + "\"";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
