package dev.lineup.bench;

import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client heap while publishing a big guide: each fake runs as its own process with a big heap (it keeps files in
 * memory), and {@link PublishClient} publishes a staged folder holding a SIZE_MB guide from a separate JVM with a
 * small heap. For every target and heap: exit code, wall time of the client process, MB/s of the publish itself,
 * and the client's heap as its GC log ({@code -Xlog:gc}) shows it — the most ever in use when a collection started
 * (peak) and the most still live after one (live set).
 * <pre>src/bench/run.sh UploadMemoryBench [SIZE_MB=500] [HEAPS=64m,32m] [TARGETS=dropbox,gdrive,local]
 *     [FAKE_HEAP=4g] [WORK_DIR=target/bench-uploadmem]</pre>
 */
public final class UploadMemoryBench {
    private static final String GUIDE = "family.xml";
    /** "Pause Young (Normal) (G1 Evacuation Pause) 23M->4M(64M) 3.2ms": before->after(committed). */
    private static final Pattern GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern RESULT = Pattern.compile("RESULT bytes=(\\d+) seconds=([0-9.]+)");

    public static void main(String[] args) throws Exception {
        long sizeMb = args.length > 0 ? Long.parseLong(args[0]) : 500;
        List<String> heaps = List.of((args.length > 1 ? args[1] : "64m,32m").split(","));
        List<String> kinds = List.of((args.length > 2 ? args[2] : "dropbox,gdrive,local").split(","));
        String fakeHeap = args.length > 3 ? args[3] : "4g";
        Path work = Path.of(args.length > 4 ? args[4] : "target/bench-uploadmem").toAbsolutePath();
        Path stage = stage(work.resolve("stage"), sizeMb);
        double mb = Files.size(stage.resolve(GUIDE)) / 1e6;
        System.out.printf("guide %.1f MB; %d cores, java %s; fakes -Xmx%s%n", mb,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), fakeHeap);
        System.out.println("target  | heap | exit | wall s | publish s | MB/s | peak used MB | max live MB | GCs");
        for (String kind : kinds) {
            for (String heap : heaps) {
                run(work, stage, kind, heap, fakeHeap, mb);
            }
        }
    }

    private static void run(Path work, Path stage, String kind, String heap, String fakeHeap, double mb)
            throws Exception {
        String tag = kind + "-" + heap;
        Path gcLog = work.resolve("gc-" + tag + ".log");
        Path out = work.resolve("client-" + tag + ".log");
        Files.deleteIfExists(gcLog);
        Process fake = null;
        try {
            String url;
            String token = "";
            if (kind.equals("local")) {
                Path remote = work.resolve("remote-" + tag);
                deleteTree(remote);
                url = remote.toString();
            } else {
                fake = java(List.of("-Xmx" + fakeHeap), kind.equals("dropbox") ? FakeDropbox.class.getName()
                        : FakeDrive.class.getName(), List.of(), work.resolve("fake-" + tag + ".log"), Map.of());
                String prefix = kind.equals("dropbox") ? "FAKE_DROPBOX_" : "FAKE_GDRIVE_";
                Map<String, String> printed = awaitLines(work.resolve("fake-" + tag + ".log"), prefix);
                url = printed.get(prefix + "URL");
                token = printed.get(prefix + "TOKEN");
            }
            long t0 = System.nanoTime();
            Process client = java(List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog), PublishClient.class.getName(),
                    List.of(kind, stage.toString(), GUIDE, url), out, Map.of("LINEUP_BENCH_TOKEN", token));
            int exit = client.waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            String log = Files.readString(out, StandardCharsets.UTF_8);
            Matcher r = RESULT.matcher(log);
            double seconds = r.find() ? Double.parseDouble(r.group(2)) : Double.NaN;
            double[] gc = heapFromGcLog(gcLog);
            System.out.printf("%-7s | %4s | %4d | %6.1f | %9.1f | %4.0f | %12.1f | %11.1f | %3.0f%s%n", kind, heap, exit,
                    wall, seconds, mb / seconds, gc[0], gc[1], gc[2],
                    log.contains("OutOfMemoryError") ? "  OutOfMemoryError (see " + out + ")" : "");
            if (exit != 0) {
                System.out.println(log.lines().limit(40).reduce("", (a, b) -> a + "    " + b + "\n"));
            }
        } finally {
            if (fake != null) {
                fake.destroy();
                fake.waitFor();
            }
        }
    }

    /** {peak used MB when a collection started, max MB still in use after one, number of collections}. */
    static double[] heapFromGcLog(Path gcLog) throws IOException {
        double peak = 0;
        double live = 0;
        int count = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = GC.matcher(line);
            // Only evacuating pauses (young, mixed, full) free memory; Remark/Cleanup lines would count garbage as live.
            if ((line.contains("Pause Young") || line.contains("Pause Full")) && m.find()) {
                peak = Math.max(peak, mb(m.group(1), m.group(2)));
                live = Math.max(live, mb(m.group(3), m.group(4)));
                count++;
            }
        }
        return new double[] {peak, live, count};
    }

    private static double mb(String n, String unit) {
        double v = Double.parseDouble(n);
        return unit.equals("K") ? v / 1024 : unit.equals("G") ? v * 1024 : v;
    }

    private static Process java(List<String> jvm, String main, List<String> args, Path log, Map<String, String> env)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Waits for the fake to print its URL and token (it logs to a file so a full pipe can never stall it). */
    private static Map<String, String> awaitLines(Path log, String prefix) throws Exception {
        for (int i = 0; i < 600; i++) {
            Map<String, String> found = new java.util.HashMap<>();
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (line.startsWith(prefix) && eq > 0) {
                        found.put(line.substring(0, eq), line.substring(eq + 1).trim());
                    }
                }
            }
            if (found.containsKey(prefix + "URL") && found.containsKey(prefix + "TOKEN")) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("fake did not start in 60 s; see " + log);
    }

    /** A publish folder as the output stage leaves it: playlist, guide, and the manifest naming both. */
    private static Path stage(Path stage, long sizeMb) throws IOException {
        Files.createDirectories(stage);
        Path guide = stage.resolve(GUIDE);
        if (!Files.exists(guide) || Files.size(guide) < sizeMb * 1_000_000 * 95 / 100
                || Files.size(guide) > sizeMb * 1_000_000 * 105 / 100) {
            GuideBench.generate(guide, sizeMb * 1_000_000);
        }
        BenchPublish.stage(stage, guide);
        return stage;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
