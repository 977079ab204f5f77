package dev.lineup.source;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Source;
import dev.lineup.task.Cancellation;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Child process of {@link KilledRefreshTest}: refreshes the only source of a data directory and, once
 * the refresh is writing its transaction, says so and waits to be killed.
 */
public final class RefreshKillMain {
    private RefreshKillMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Duration.ofSeconds(10), System.err::println)) {
            Source s = ws.store().sources().list().get(0);
            RefreshFixture.refresher(ws.store()).refresh(s, (phase, done, total) -> {
                if (phase.equals("save") && done >= 2000) {
                    System.out.println("SAVING");
                    System.out.flush();
                    try {
                        Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, Cancellation.none());
        }
    }
}
