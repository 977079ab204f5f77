package dev.lineup.testing.fakes.dropbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Which requests the fake is handling at once, per path, and optional delays to make overlap visible. */
final class FakeInFlight {
    private final Map<String, Integer> now = new HashMap<>();
    private final Map<String, Integer> peak = new HashMap<>();
    private volatile Pattern delayed;
    private volatile Duration delay;
    private volatile Pattern gated;
    private volatile java.util.concurrent.CountDownLatch gate;
    /** How many matching answers still go out unheld before the gate applies (set with the gate). */
    private final java.util.concurrent.atomic.AtomicInteger ungated = new java.util.concurrent.atomic.AtomicInteger();

    synchronized void enter(String path) {
        int n = now.merge(path, 1, Integer::sum);
        peak.merge(path, n, Math::max);
    }

    synchronized void leave(String path) {
        now.merge(path, -1, Integer::sum);
    }

    synchronized int max(String pathRegex) {
        Pattern p = Pattern.compile(pathRegex);
        return peak.entrySet().stream().filter(e -> p.matcher(e.getKey()).find()).mapToInt(Map.Entry::getValue).max().orElse(0);
    }

    void delay(String pathRegex, Duration d) {
        delayed = d == null ? null : Pattern.compile(pathRegex);
        delay = d;
    }

    void gate(String pathRegex, java.util.concurrent.CountDownLatch latch, int passFirst) {
        ungated.set(passFirst);
        gated = latch == null ? null : Pattern.compile(pathRegex);
        gate = latch;
    }

    /** Holds the answer back when a delay or gate is set for this path; the request has been processed already. */
    void pause(String path) {
        Pattern g = gated;
        java.util.concurrent.CountDownLatch latch = gate;
        if (g != null && latch != null && g.matcher(path).find() && ungated.getAndDecrement() <= 0) {
            try {
                latch.await(30, java.util.concurrent.TimeUnit.SECONDS); // bounded: a failed test must not hang
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Pattern p = delayed;
        Duration d = delay;
        if (p == null || d == null || !p.matcher(path).find()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
