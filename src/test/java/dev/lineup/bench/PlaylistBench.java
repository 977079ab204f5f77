package dev.lineup.bench;

import dev.lineup.m3u.M3uEntry;
import dev.lineup.m3u.M3uReader;
import dev.lineup.m3u.M3uWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Playlist benchmark: parse and parse+write generated 100k- and 500k-entry playlists.
 * Run with {@code src/bench/run.sh PlaylistBench [entries...]} (default 100000 500000; -Xmx256m by default).
 * Targets (issue 2): ≥ 1,000,000 entries/s parsing; 500k entries parse + write under 2 s.
 */
public final class PlaylistBench {
    private static final long SEED = 20261122L;
    private static final int WARMUP = 3;
    private static final int MEASURED = 5;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PlaylistBench() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {100_000, 500_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("lineup-playlist-bench");
        System.out.printf("JVM %s, %d cores, max heap %d MB; %d warmup + %d measured runs, median shown%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, WARMUP, MEASURED);
        System.out.println("wall = median elapsed; best = fastest run; cpu = median CPU time of the benchmark thread"
                + " (the machine is shared, so cpu shows the code's own cost when other processes compete)");
        System.out.printf("%15s | %-43s | %-30s |%n", "", "parse", "parse + write");
        System.out.printf("%8s %6s | %7s %7s %7s %12s %6s | %7s %7s %7s %6s | %s%n", "entries", "MB",
                "wall ms", "best ms", "cpu ms", "entries/s", "MB/s", "wall ms", "best ms", "cpu ms", "MB/s",
                "peak heap MB");
        try {
            for (int n : sizes) {
                Path in = PlaylistGenerator.generate(dir, n, SEED);
                Path out = dir.resolve("out-" + n + ".m3u");
                double mb = Files.size(in) / 1e6;
                for (int i = 0; i < WARMUP; i++) {
                    parse(in, n);
                    parseWrite(in, out, n);
                }
                long[] parse = new long[MEASURED];
                long[] parseCpu = new long[MEASURED];
                long[] both = new long[MEASURED];
                long[] bothCpu = new long[MEASURED];
                long peak = 0;
                for (int i = 0; i < MEASURED; i++) {
                    resetPeaks();
                    long c0 = CPU.getCurrentThreadCpuTime();
                    parse[i] = parse(in, n);
                    long c1 = CPU.getCurrentThreadCpuTime();
                    both[i] = parseWrite(in, out, n);
                    long c2 = CPU.getCurrentThreadCpuTime();
                    parseCpu[i] = c1 - c0;
                    bothCpu[i] = c2 - c1;
                    peak = Math.max(peak, heapPeak());
                }
                double parseMs = median(parse) / 1e6;
                double bothMs = median(both) / 1e6;
                System.out.printf("%8d %6.1f | %7.0f %7.0f %7.0f %12.0f %6.0f | %7.0f %7.0f %7.0f %6.0f | %.0f%n", n, mb,
                        parseMs, min(parse) / 1e6, median(parseCpu) / 1e6, n / (parseMs / 1e3), mb / (parseMs / 1e3),
                        bothMs, min(both) / 1e6, median(bothCpu) / 1e6, mb / (bothMs / 1e3), peak / 1e6);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static long parse(Path in, int expected) throws IOException {
        long t0 = System.nanoTime();
        long check = 0;
        int count = 0;
        try (M3uReader r = M3uReader.open(in)) {
            r.header();
            for (M3uEntry e = r.next(); e != null; e = r.next()) {
                check += e.name().length() + e.attributes().size() + e.url().length();
                count++;
            }
        }
        long t = System.nanoTime() - t0;
        verify(count, expected, check);
        return t;
    }

    private static long parseWrite(Path in, Path out, int expected) throws IOException {
        long t0 = System.nanoTime();
        int count = 0;
        try (M3uReader r = M3uReader.open(in);
             M3uWriter w = new M3uWriter(Files.newOutputStream(out))) {
            w.writeHeader(r.header());
            for (M3uEntry e = r.next(); e != null; e = r.next()) {
                w.write(e);
                count++;
            }
        }
        long t = System.nanoTime() - t0;
        verify(count, expected, 1);
        return t;
    }

    private static void verify(int count, int expected, long check) {
        if (count != expected || check == 0) {
            throw new IllegalStateException("read " + count + " entries, expected " + expected);
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the live heap (peaks may not coincide). */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
