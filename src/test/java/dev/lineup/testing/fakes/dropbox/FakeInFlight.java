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

    /** Holds the answer back when a delay is set for this path; the request has been processed already. */
    void pause(String path) {
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
