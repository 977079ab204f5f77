package dev.lineup.cli;

import dev.lineup.service.publish.BusyWait;
import dev.lineup.service.common.Durations;
import dev.lineup.sync.SyncProblem;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * The countdown of {@code publish --wait} on stderr: who holds the folder and how long this run still
 * waits, on the first look and then every {@link #EVERY} (a line per two-second look would bury the rest).
 */
final class WaitCountdown implements BusyWait.Countdown {
    static final Duration EVERY = Duration.ofSeconds(10);
    private final PrintWriter err;
    private Duration lastShown;
    private String lastHolder;

    WaitCountdown(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void waiting(SyncProblem held, Duration left) {
        String holder = held.facts().getOrDefault("holder", "another installation");
        if (lastShown != null && holder.equals(lastHolder) && lastShown.minus(left).compareTo(EVERY) < 0) {
            return;
        }
        lastShown = left;
        lastHolder = holder;
        err.printf("lineup: \"%s\" (host %s) is publishing to this folder; waiting for it, %s left%n", holder,
                held.facts().getOrDefault("host", "?"), Durations.format(left));
        err.flush();
    }
}
