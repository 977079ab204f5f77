package dev.lineup.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the race tests do with the shared event log that {@link RaceWorker}s append to. */
public final class RaceLog {
    private RaceLog() {
    }

    /** Waits (at most 60 s) until a line starting with {@code prefix} is in the log. */
    public static void awaitLine(Path log, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.readAllLines(log).stream().noneMatch(l -> l.startsWith(prefix))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + prefix + "' in: " + Files.readString(log));
            }
            Thread.sleep(5);
        }
    }

    /**
     * Kills the worker "victim" (no clean-up at all) while it uploads under the lease and the workers
     * "alpha" or "beta" already contend (one of them logged a run's end); returns when it was killed.
     */
    public static Instant killVictimMidUpload(Process victim, Path log, List<Process> others) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && others.stream().anyMatch(Process::isAlive)) {
            List<String> lines = Files.readAllLines(log);
            boolean othersRunning = lines.stream().anyMatch(l -> l.startsWith("OUTCOME alpha ")
                    || l.startsWith("OUTCOME beta "));
            String lastOfVictim = lines.stream().filter(l -> l.contains(" victim ") || l.startsWith("UPLOAD victim"))
                    .reduce((a, b) -> b).orElse("");
            if (othersRunning && lastOfVictim.startsWith("UPLOAD victim ")) {
                victim.destroyForcibly();
                victim.waitFor();
                return Instant.now();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the victim was never caught uploading: " + Files.readString(log));
    }
}
