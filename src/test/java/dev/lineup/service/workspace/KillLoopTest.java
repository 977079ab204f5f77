package dev.lineup.service.workspace;

import dev.lineup.launch.Main;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.CliRun;
import dev.lineup.source.FakeProvider;
import dev.lineup.store.BackupCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: real {@code lineup} processes killed with SIGKILL at random moments of a refresh, a backup, an
 * output and a publish to a local folder, 20 times. After every kill the next run finds an intact
 * database, a newest backup that can be restored, and no temporaries left over.
 */
class KillLoopTest {
    private static final int KILLS = 20;
    private static final DateTimeFormatter XMLTV = DateTimeFormatter.ofPattern("yyyyMMddHHmmss Z")
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void twentyKillsAtRandomMomentsNeverCostTheDatabaseABackupOrDiskSpace() throws Exception {
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        Path playlist = dir.resolve("provider.m3u");
        FakeProvider provider = FakeProvider.generate(6_000, 11);
        Files.writeString(playlist, provider.m3u(), StandardCharsets.UTF_8);
        Path guide = Files.writeString(dir.resolve("guide.xml"), guide(120), StandardCharsets.UTF_8);
        lineup(data, "init", "--name", "Den");
        lineup(data, "source", "add", "m3u", "P", "--url", playlist.toString());
        lineup(data, "source", "add", "epg", "G", "--url", guide.toString());
        lineup(data, "source", "refresh");
        lineup(data, "layout", "create", "Home", "--from-source", "P");
        lineup(data, "backup");

        List<List<String>> operations = List.of(List.of("source", "refresh"), List.of("backup"),
                List.of("output", "Home", "--to", out.toString()), List.of("publish", "Home", "--target", "local"));
        Random random = new Random(20261206L);
        int killedWhileRunning = 0;
        for (int i = 0; i < KILLS; i++) {
            List<String> op = operations.get(i % operations.size());
            if (i % 4 == 0) {
                provider.renameEvery(2 + i); // each refresh has real changes to write
                Files.writeString(playlist, provider.m3u(), StandardCharsets.UTF_8);
            }
            long delay = 200 + random.nextInt(1000);
            if (startAndKill(data, op, delay)) {
                killedWhileRunning++;
            }
            assertNextRunFindsEverythingWhole(data, "after killing " + op + " at " + delay + " ms");
        }
        assertThat(killedWhileRunning).as("most kills hit a running operation").isGreaterThan(KILLS / 2);

        lineup(data, "output", "Home", "--to", out.toString());
        lineup(data, "publish", "Home", "--target", "local");
        assertThat(temporaries(data)).as("after a finished publish").isEmpty();
        assertThat(temporaries(out)).as("after a finished output").isEmpty();
        assertThat(out.resolve("home.m3u")).isNotEmptyFile();
        assertThat(data.resolve("published/home.m3u")).isNotEmptyFile();
    }

    /** Opens the data directory as the next run does and checks the database, the newest backup, the leftovers. */
    private void assertNextRunFindsEverythingWhole(Path data, String when) throws Exception {
        List<String> notices = new ArrayList<>();
        try (Workspace ws = Workspace.open(data, Duration.ofSeconds(10), notices::add)) {
            assertThat(notices).as(when).isEmpty();
            assertThat(ws.store().database().quickCheck()).as(when).isEqualTo("ok");
            assertThat(ws.store().layouts().names()).as(when).containsExactly("Home");
            Path newest = ws.store().backups().list().get(0);
            assertThat(BackupCheck.verify(newest).problem()).as(when + ": newest backup " + newest).isNull();
            assertThat(temporaries(data).stream().filter(p -> !p.startsWith("published"))).as(when).isEmpty();
        }
    }

    /** Starts {@code lineup OP} and SIGKILLs it after {@code delayMs}; true when it was still running. */
    private static boolean startAndKill(Path data, List<String> op, long delayMs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.lineup.launch.Main",
                "--data-dir", data.toString()));
        cmd.addAll(op);
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return !ended;
    }

    private static void lineup(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
    }

    /** Temporaries under {@code root}, relative to it. */
    private static List<Path> temporaries(Path root) throws Exception {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(root::relativize).filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".lineup-tmp-") || n.endsWith(".part") || n.endsWith("-journal")
                        || n.equals(".combined");
            }).toList();
        }
    }

    /** A guide of {@code channels} channels with a day of hourly programmes each. */
    private static String guide(int channels) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n");
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (int c = 0; c < channels; c++) {
            b.append("<channel id=\"ch").append(c).append("\"><display-name>Channel ").append(c)
                    .append("</display-name></channel>\n");
        }
        for (int c = 0; c < channels; c++) {
            for (int h = 0; h < 24; h++) {
                b.append("<programme start=\"").append(XMLTV.format(start.plusSeconds(3600L * h))).append("\" stop=\"")
                        .append(XMLTV.format(start.plusSeconds(3600L * (h + 1)))).append("\" channel=\"ch").append(c)
                        .append("\"><title>Show ").append(h).append("</title></programme>\n");
            }
        }
        return b.append("</tv>\n").toString();
    }
}
