package dev.lineup.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class OsScheduleTest {
    static final Path HOME = Path.of("/home/ann");
    static final List<String> CMD = List.of("/opt/java 17/bin/java", "-jar", "/opt/lineup/lineup.jar", "--data-dir",
            "/home/ann/My Lineup", "run-scheduled");

    @Test
    void linuxWithSystemdGetsAUserTimerAndAOneshotServiceThatRunTheScheduledCommand() {
        SchedulePlan p = new OsSchedule(OsSchedule.Kind.SYSTEMD, HOME, CMD, 90).install();
        String service = p.files().get(HOME.resolve(".config/systemd/user/lineup-scheduled.service"));
        String timer = p.files().get(HOME.resolve(".config/systemd/user/lineup-scheduled.timer"));
        assertThat(service).contains("Type=oneshot").contains("ExecStart=\"/opt/java 17/bin/java\" -jar "
                + "/opt/lineup/lineup.jar --data-dir \"/home/ann/My Lineup\" run-scheduled\n");
        assertThat(timer).contains("OnUnitActiveSec=90min").contains("WantedBy=timers.target");
        assertThat(p.commands()).containsExactly(List.of("systemctl", "--user", "daemon-reload"),
                List.of("systemctl", "--user", "enable", "--now", "lineup-scheduled.timer"));
        SchedulePlan r = new OsSchedule(OsSchedule.Kind.SYSTEMD, HOME, CMD, 90).remove();
        assertThat(r.delete()).containsExactlyInAnyOrderElementsOf(p.files().keySet());
        assertThat(r.commands().get(0)).containsExactly("systemctl", "--user", "disable", "--now", "lineup-scheduled.timer");
    }

    @Test
    void linuxWithoutSystemdGetsOneMarkedCrontabLineThatReplacesItsPredecessorAndKeepsOtherLines() {
        String line = new OsSchedule(OsSchedule.Kind.CRON, HOME, CMD, 15).install().cronLine();
        assertThat(line).isEqualTo("*/15 * * * * '/opt/java 17/bin/java' -jar /opt/lineup/lineup.jar --data-dir "
                + "'/home/ann/My Lineup' run-scheduled # lineup-scheduled");
        assertThat(new OsSchedule(OsSchedule.Kind.CRON, HOME, CMD, 180).install().cronLine()).startsWith("0 */3 * * * ");
        String existing = "MAILTO=ann\n0 1 * * * backup.sh\n*/5 * * * * old # lineup-scheduled\n";
        assertThat(OsSchedule.mergeCrontab(existing, line)).isEqualTo("MAILTO=ann\n0 1 * * * backup.sh\n" + line + "\n");
        assertThat(OsSchedule.mergeCrontab(existing, "")).isEqualTo("MAILTO=ann\n0 1 * * * backup.sh\n");
        List<String> pct = List.of("/bin/java", "--data-dir", "/data/100%");
        assertThat(new OsSchedule(OsSchedule.Kind.CRON, HOME, pct, 15).install().cronLine()).contains("'/data/100\\%'");
    }

    @Test
    void macosGetsAValidLaunchdPlistWithTheIntervalInSeconds() throws Exception {
        SchedulePlan p = new OsSchedule(OsSchedule.Kind.LAUNCHD, Path.of("/Users/ann"), CMD, 30).install();
        Path plist = Path.of("/Users/ann/Library/LaunchAgents/dev.lineup.scheduled.plist");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document d = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(p.files().get(plist).getBytes("UTF-8")));
        assertThat(d.getElementsByTagName("integer").item(0).getTextContent()).isEqualTo("1800");
        var args = d.getElementsByTagName("array").item(0).getChildNodes();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < args.getLength(); i++) {
            all.append(args.item(i).getTextContent().strip()).append('|');
        }
        assertThat(all.toString().replaceAll("\\|+", "|")).contains(String.join("|", CMD));
        assertThat(p.commands().get(1)).containsExactly("launchctl", "load", "-w", plist.toString());
    }

    @Test
    void windowsGetsAnSchtasksCommandRepeatingEveryNMinutesWithTheQuotedCommandLine() {
        List<String> win = List.of("C:\\Program Files\\Java\\bin\\java.exe", "-jar", "C:\\Lineup\\lineup.jar",
                "--data-dir", "C:\\Users\\ann\\AppData\\Roaming\\Lineup", "run-scheduled");
        SchedulePlan p = new OsSchedule(OsSchedule.Kind.SCHTASKS, HOME, win, 60).install();
        assertThat(p.commands()).containsExactly(List.of("schtasks", "/Create", "/F", "/SC", "MINUTE", "/MO", "60",
                "/TN", "Lineup scheduled run", "/TR", "\"C:\\Program Files\\Java\\bin\\java.exe\" -jar "
                        + "C:\\Lineup\\lineup.jar --data-dir C:\\Users\\ann\\AppData\\Roaming\\Lineup run-scheduled"));
        assertThat(new OsSchedule(OsSchedule.Kind.SCHTASKS, HOME, win, 60).remove().commands())
                .containsExactly(List.of("schtasks", "/Delete", "/F", "/TN", "Lineup scheduled run"));
    }

    @Test
    void theSchedulerIsChosenFromTheOsAndIntervalsOutsideADayAreRefused() {
        assertThat(OsSchedule.Kind.detect("Windows 11", true)).isEqualTo(OsSchedule.Kind.SCHTASKS);
        assertThat(OsSchedule.Kind.detect("Mac OS X", false)).isEqualTo(OsSchedule.Kind.LAUNCHD);
        assertThat(OsSchedule.Kind.detect("Linux", true)).isEqualTo(OsSchedule.Kind.SYSTEMD);
        assertThat(OsSchedule.Kind.detect("Linux", false)).isEqualTo(OsSchedule.Kind.CRON);
        assertThatThrownBy(() -> new OsSchedule(OsSchedule.Kind.CRON, HOME, CMD, 0))
                .hasMessageContaining("schedule.interval-minutes must be from 1 to 1439");
    }

    @Test
    void theSchedulersCommandNamesTheRealEntryPoint() {
        assertThat(ScheduleInstaller.MAIN_CLASS).isEqualTo(dev.lineup.launch.Main.class.getName());
    }
}
