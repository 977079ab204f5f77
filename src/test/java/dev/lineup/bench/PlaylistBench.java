package dev.lineup.bench;

import dev.lineup.m3u.M3uEntry;
import dev.lineup.m3u.M3uReader;
import dev.lineup.m3u.M3uWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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

    private PlaylistBench() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {100_000, 500_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("lineup-playlist-bench");
        System.out.printf("JVM %s, %d cores, max heap %d MB; %d warmup + %d measured runs, median shown%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, WARMUP, MEASURED);
        System.out.printf("%9s %8s %10s %14s %9s %16s %15s%n", "entries", "MB", "parse ms", "entries/s", "MB/s",
                "parse+write ms", "peak heap MB");
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
                long[] both = new long[MEASURED];
                long peak = 0;
                for (int i = 0; i < MEASURED; i++) {
                    resetPeaks();
                    parse[i] = parse(in, n);
                    both[i] = parseWrite(in, out, n);
                    peak = Math.max(peak, heapPeak());
                }
                double parseMs = median(parse) / 1e6;
                System.out.printf("%9d %8.1f %10.0f %14.0f %9.0f %16.0f %15.0f%n", n, mb, parseMs,
                        n / (parseMs / 1e3), mb / (parseMs / 1e3), median(both) / 1e6, peak / 1e6);
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
             Writer fw = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             M3uWriter w = new M3uWriter(fw)) {
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

    private static double median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
