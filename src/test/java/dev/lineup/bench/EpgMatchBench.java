package dev.lineup.bench;

import dev.lineup.layout.epg.EpgMatchEvaluation;

/**
 * Guide matching: quality on the labelled sets (tuning and held-out) and the 5,000 × 50,000 timing.
 * Run: {@code src/bench/run.sh EpgMatchBench [--failures]}.
 */
public final class EpgMatchBench {
    private EpgMatchBench() {
    }

    public static void main(String[] args) {
        boolean failures = args.length > 0 && args[0].equals("--failures");
        EpgMatchEvaluation.printQuality(System.out, failures);
        EpgMatchEvaluation.printTiming(System.out, 5_000, 50_000, 3);
    }
}
