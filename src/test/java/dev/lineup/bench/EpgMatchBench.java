package dev.lineup.bench;

import dev.lineup.layout.epg.DevSetReport;
import dev.lineup.layout.epg.EpgMatchEvaluation;

/**
 * Guide matching: quality on the labelled sets (tuning and held-out), on the matching-dev set (halves,
 * kinds, countries) and the 5,000 × 50,000 timing. Run: {@code src/bench/run.sh EpgMatchBench [--failures]};
 * {@code --failures} lists wrong auto-applies and misses (of the matching-dev set's tuning half only).
 */
public final class EpgMatchBench {
    private EpgMatchBench() {
    }

    public static void main(String[] args) {
        boolean failures = args.length > 0 && args[0].equals("--failures");
        EpgMatchEvaluation.printQuality(System.out, failures);
        DevSetReport.print(System.out, failures);
        EpgMatchEvaluation.printTiming(System.out, 5_000, 50_000, 3);
    }
}
