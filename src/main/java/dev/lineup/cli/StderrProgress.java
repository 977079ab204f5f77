package dev.lineup.cli;

import dev.lineup.task.Progress;
import java.io.PrintWriter;

/** Progress on stderr for long inputs: at most one line a second, nothing for quick runs. */
final class StderrProgress implements Progress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastPrinted = System.nanoTime();
    private boolean printed;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String phase, long done, long total) {
        long now = System.nanoTime();
        if (now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        printed = true;
        boolean bytes = phase.contains("guide") || phase.contains("download");
        String amount = bytes ? (done >> 20) + " MB" : done + " entries";
        String of = total > 0 ? String.format(" (%d%%)", Math.min(100, done * 100 / total)) : "";
        err.println("lineup: " + phase + ": " + amount + of);
        err.flush();
    }

    void done() {
        if (printed) {
            err.printf("lineup: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
            err.flush();
        }
    }
}
