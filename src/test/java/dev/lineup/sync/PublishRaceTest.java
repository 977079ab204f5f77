package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real processes publish 30 times each into one local folder with a 4 s lease; one is killed
 * mid-upload while the others already contend. A reader polls the folder like a player would, the whole
 * time.
 */
class PublishRaceTest {
    private static final int RUNS = 30;

    @TempDir
    Path dir;


    record Interval(String who, long generation, Instant start, Instant end) {
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void neverTwoHoldersReadersSeeOnlyWholeGenerationsAndAKilledHolderIsTakenOver() throws Exception {
        Path folder = dir.resolve("out");
        Path log = dir.resolve("events.log");
        Files.createFile(log);
        // The victim gets a head start so it surely holds the lease when it is killed: started together,
        // it once lost all 30 of its tries to the two fast racers and was never caught holding. Its slow
        // uploads keep it holding until the others contend, and it is killed as soon as they do.
        Process victim = start(folder, log, "victim", 1500);
        RaceLog.awaitLine(log, "ACQUIRE victim ");
        Process alpha = start(folder, log, "alpha", 5);
        Process beta = start(folder, log, "beta", 5);
        AtomicBoolean stop = new AtomicBoolean();
        RaceReader check = folderReader(folder);
        Thread reader = new Thread(() -> check.readUntil(stop, 2), "reader");
        reader.start();

        Instant killedAt = RaceLog.killVictimMidUpload(victim, log, List.of(alpha, beta));
        assertThat(alpha.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(beta.waitFor(60, TimeUnit.SECONDS)).isTrue();
        stop.set(true);
        reader.join();

        List<String> lines = Files.readAllLines(log);
        List<Interval> holds = holds(lines, killedAt);
        holds.sort(Comparator.comparing(Interval::start));
        for (int i = 1; i < holds.size(); i++) {
            Interval prev = holds.get(i - 1);
            Interval next = holds.get(i);
            assertThat(next.start()).as("%s began holding while %s still held", next, prev)
                    .isAfterOrEqualTo(prev.end());
            assertThat(next.generation()).as("generation after %s", prev).isGreaterThan(prev.generation());
        }
        List<String> outcomes = lines.stream().filter(l -> l.startsWith("OUTCOME ")).toList();
        assertThat(outcomes).as("every run ends published or with a typed problem")
                .allMatch(l -> l.split(" ")[4].equals("PUBLISHED") || l.split(" ")[4].equals("PROBLEM"));
        assertThat(outcomes.stream().filter(l -> l.startsWith("OUTCOME alpha "))).hasSize(RUNS);
        assertThat(outcomes.stream().filter(l -> l.startsWith("OUTCOME beta "))).hasSize(RUNS);
        // Liveness, not a rate. A try that meets a held lease ends at once as LeaseHeld and uses up one of
        // the racer's 30 runs, so how many runs win depends on how long a publish holds the lease against
        // the 0-40 ms pause between tries, i.e. on the machine's load: 22 of 60 on a loaded 2-core machine,
        // 9 under a full parallel build, and once only 1 of beta's 30 (load near 20). What must hold at any
        // load: neither racer is starved, and the pair gets several publishes through.
        for (String racer : List.of("alpha", "beta")) {
            assertThat(outcomes).as("%s published through the race", racer)
                    .filteredOn(l -> l.startsWith("OUTCOME " + racer + " ") && l.contains(" PUBLISHED "))
                    .isNotEmpty();
        }
        assertThat(outcomes).as("publishes through the race").filteredOn(l -> l.contains(" PUBLISHED "))
                .hasSizeGreaterThanOrEqualTo(4);
        List<String> takeovers = lines.stream().filter(l -> l.contains("TAKEOVER") && l.contains("\"victim\"")).toList();
        assertThat(takeovers).as("the killed holder's lease is taken over once").hasSize(1);
        assertThat(takeovers.get(0)).contains("no longer running");
        assertThat(Instant.parse(takeovers.get(0).split(" ")[3])).isAfter(killedAt);
        System.out.printf("race: %d holds, %d published, %d LeaseHeld, %d other problems, %d reads, %d settled%n",
                holds.size(), outcomes.stream().filter(l -> l.contains(" PUBLISHED ")).count(),
                outcomes.stream().filter(l -> l.endsWith("PROBLEM LeaseHeld")).count(),
                outcomes.stream().filter(l -> l.contains(" PROBLEM ") && !l.endsWith("LeaseHeld")).count(),
                check.reads(), check.settledSnapshots());
        assertThat(check.violations()).isEmpty();
        assertThat(check.settledSnapshots()).as("reader found settled moments to check").isPositive();
        assertThat(Files.exists(folder.resolve("lockfile.json"))).as("last holder released").isFalse();
        assertThat(check.checkSnapshot()).as("final output is one whole generation").isTrue();
        assertThat(check.violations()).isEmpty();
    }

    private Process start(Path folder, Path log, String name, long delay) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), RaceWorker.class.getName(), folder.toString(),
                log.toString(), Integer.toString(RUNS), "4", name, Long.toString(delay))
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".out").toFile()).start();
    }



    /** What each process believed it held, from ACQUIRE to RELEASE (or its run's end, or its death). */
    private static List<Interval> holds(List<String> lines, Instant killedAt) {
        Map<String, String[]> open = new HashMap<>();
        List<Interval> out = new ArrayList<>();
        for (String l : lines) {
            String[] p = l.split(" ");
            if (p[0].equals("ACQUIRE")) {
                open.put(p[1], p);
            } else if ((p[0].equals("RELEASE") || p[0].equals("OUTCOME")) && open.containsKey(p[1])) {
                String[] a = open.remove(p[1]);
                Instant end = Instant.parse(p[0].equals("RELEASE") ? p[3] : p[3]);
                out.add(new Interval(p[1], Long.parseLong(a[2]), Instant.parse(a[3]), end));
            }
        }
        open.forEach((who, a) -> out.add(new Interval(who, Long.parseLong(a[2]), Instant.parse(a[3]), killedAt)));
        return out;
    }

    /** The reader over the local folder: a missing file is null, like a player's 404. */
    private static RaceReader folderReader(Path folder) {
        return new RaceReader() {
            @Override
            protected byte[] readOrNull(String name) throws IOException {
                return PublishRaceTest.readOrNull(folder.resolve(name));
            }
        };
    }

    private static byte[] readOrNull(Path p) throws IOException {
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
