package dev.lineup.bench;

import dev.lineup.model.RefreshReport;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.source.FakeProvider;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Refresh of a 200k-entry playlist source: read + identity match + save (one transaction), including
 * the backup made before every refresh. Runs a first import, then the refresh that matters (10% renamed,
 * every URL token rotated, 1 in 9 moved to another group, 1% dropped), then an unchanged refresh.
 *
 * <pre>src/bench/run.sh RefreshBench [ENTRIES]</pre>
 *
 * Parsing goes through the real {@code M3uPlaylistParser} ({@code dev.lineup.m3u.M3uReader}).
 */
public final class RefreshBench {
    private RefreshBench() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path work = Files.createTempDirectory("refresh-bench");
        Path playlist = work.resolve("provider.m3u");
        write(playlist, entries, false);
        try (LineupStore store = LineupStore.open(work.resolve("data"), System.err::println)) {
            SourceRefresher refresher = SourceRefresher.standard(store);
            Source src = store.sources().add("Big", SourceKind.M3U, playlist.toString(), null, null, false, false);
            run("first import", refresher, store, src);
            write(playlist, entries, true);
            run("refresh: 10% renamed, all tokens rotated, 11% moved, 1% dropped", refresher, store, src);
            run("refresh: nothing changed", refresher, store, src);
            System.out.printf("database: %.1f MB (lineup.db + WAL), one backup: %.1f MB%n",
                    mb(dbSize(work.resolve("data"))), mb(Files.size(store.backups().list().get(0))));
            System.out.printf("max heap %d MB, used after run %.1f MB%n", Runtime.getRuntime().maxMemory() >> 20,
                    mb(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()));
        }
    }

    private static void run(String label, SourceRefresher refresher, LineupStore store, Source src) throws Exception {
        System.gc();
        Map<String, Long> phaseStart = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        RefreshReport r = refresher.refresh(store.sources().get(src.id()),
                (phase, done, total) -> phaseStart.putIfAbsent(phase, System.nanoTime()), Cancellation.none());
        long t1 = System.nanoTime();
        StringBuilder phases = new StringBuilder();
        long prev = t0;
        String prevName = "backup";
        for (Map.Entry<String, Long> e : phaseStart.entrySet()) {
            phases.append(String.format("%s %.2f s, ", prevName, (e.getValue() - prev) / 1e9));
            prev = e.getValue();
            prevName = e.getKey();
        }
        phases.append(String.format("%s %.2f s", prevName, (t1 - prev) / 1e9));
        System.out.printf("%-70s %6.2f s  [%s]%n  %s%n", label, (t1 - t0) / 1e9, phases, r.summary());
    }

    /** The provider's playlist; {@code changed} applies the refresh scenario. Generated from a fixed seed. */
    private static void write(Path file, int entries, boolean changed) throws Exception {
        FakeProvider p = FakeProvider.generate(entries, 2026);
        if (changed) {
            p.renameEvery(10);
            p.token = "rotated-" + System.nanoTime();
            p.moveEvery(9, 4);
            for (int i = 7; i < entries; i += 100) {
                p.channels.get(i).present = false;
            }
        }
        try (Writer w = Files.newBufferedWriter(file)) {
            p.writeM3u(w);
        }
    }

    private static long dbSize(Path data) throws Exception {
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(f -> f.getFileName().toString().startsWith("lineup.db")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
