package dev.lineup.sync;

import dev.lineup.output.Hashing;
import dev.lineup.output.Manifest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The player-like reader of the race tests, for any folder: polls the published output and checks it.
 * Every file it reads must be whole (first and last lines carry the same marker, as {@link RaceWorker}
 * writes them). When nothing moved while it read — same lock before and after, same manifest before
 * and after — and the holder (if any) has already written its manifest (lock generation = manifest
 * generation), the files must be exactly the manifest's: sha256 equal and every marker equal to the
 * manifest's layout, i.e. one whole generation.
 */
public abstract class RaceReader {
    /** The reader could not read this time (a transient, injected failure): not a finding. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<String> violations = new ArrayList<>();
    private final AtomicInteger settled = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();

    /** The bytes of {@code name}, or null when it does not exist. */
    protected abstract byte[] readOrNull(String name) throws IOException, Unavailable;

    /** Polls until {@code stop}, every {@code pauseMillis}. */
    public void readUntil(AtomicBoolean stop, long pauseMillis) {
        while (!stop.get()) {
            try {
                if (checkSnapshot()) {
                    settled.incrementAndGet();
                }
            } catch (Unavailable e) {
                unavailable.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                violation("reader failed: " + e);
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** Snapshots in which nothing moved, so the whole-generation check could run. */
    public int settledSnapshots() {
        return settled.get();
    }

    public int reads() {
        return reads.get();
    }

    public int unavailableReads() {
        return unavailable.get();
    }

    /** One check; true when the folder was settled and so checked as one whole generation. */
    public boolean checkSnapshot() throws IOException, Unavailable {
        String lock1 = lockState();
        byte[] m1 = readOrNull(Manifest.FILE_NAME);
        if (m1 == null) {
            return false;
        }
        JsonNode manifest = Staging.json(m1);
        JsonNode entry = manifest.path("layouts").path("race");
        Map<String, byte[]> files = new HashMap<>();
        for (JsonNode f : entry.path("files")) {
            byte[] b = readOrNull(f.get("name").asText());
            if (b == null) {
                violation("manifest generation " + manifest.get("generation") + " lists a missing file " + f);
                return false;
            }
            String text = new String(b, StandardCharsets.UTF_8);
            String first = text.substring(0, Math.max(0, text.indexOf('\n')));
            if (!text.endsWith("\nEND " + first + "\n")) {
                violation("partial file " + f.get("name").asText() + " (" + b.length + " bytes)");
            }
            files.put(f.get("name").asText(), b);
        }
        reads.incrementAndGet();
        byte[] m2 = readOrNull(Manifest.FILE_NAME);
        String lock2 = lockState();
        long generation = manifest.get("generation").asLong();
        boolean quiet = Arrays.equals(m1, m2) && lock1.equals(lock2)
                && (lock1.isEmpty() || lock1.endsWith("@" + generation));
        if (!quiet) {
            return false;
        }
        // Every worker publishes the one layout "Race" (taking it over each time): one generation's files
        // all carry the marker of one run of the entry's owner.
        String layout = entry.path("owner").path("instanceName").asText();
        String expectedMarker = null;
        for (JsonNode f : entry.path("files")) {
            byte[] b = files.get(f.get("name").asText());
            String text = new String(b, StandardCharsets.UTF_8);
            String marker = text.substring(0, Math.max(0, text.indexOf('\n')));
            expectedMarker = expectedMarker == null ? marker : expectedMarker;
            if (!Hashing.sha256(b).equals(f.get("sha256").asText()) || !marker.equals(expectedMarker)
                    || !marker.startsWith("owner=" + layout + " run=")) {
                violation("settled folder mixes generations: " + f.get("name").asText() + " is not generation "
                        + generation + " (" + layout + "), lock " + lock1);
            }
        }
        return true;
    }

    private String lockState() throws IOException, Unavailable {
        byte[] b = readOrNull(LeaseManager.LOCK_FILE);
        if (b == null) {
            return "";
        }
        JsonNode n = Staging.json(b);
        return n.get("lockId").asText() + "@" + n.get("generation").asLong();
    }

    private void violation(String v) {
        synchronized (violations) {
            if (violations.size() < 20) {
                violations.add(v);
            }
        }
    }
}
