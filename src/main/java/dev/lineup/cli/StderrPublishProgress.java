package dev.lineup.cli;

import dev.lineup.service.common.Durations;
import dev.lineup.sync.LeaseInfo;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishListener;
import dev.lineup.sync.SyncException;
import dev.lineup.task.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Publish progress on stderr: rendering, the lease, each upload, and for big files a line per 10 % so a
 * long upload over a slow uplink visibly moves (small files go up in one request: nothing to show).
 */
final class StderrPublishProgress implements PublishListener, Progress {
    private final PrintWriter err;
    private final StderrProgress render;
    /** Files below this go up in one request; their progress would be one line saying 100 %. */
    static final long BIG = 8L * 1024 * 1024;
    private String current;
    private long lastStep;

    StderrPublishProgress(PrintWriter err) {
        this.err = err;
        this.render = new StderrProgress(err);
    }

    @Override
    public void update(String phase, long done, long total) {
        if (phase.startsWith("rendering layout")) {
            line(phase);
        } else {
            render.update(phase, done, total);
        }
    }

    @Override
    public void leaseAcquired(LeaseInfo lease, String takeoverNote) {
        line("lease acquired, generation " + lease.generation() + (takeoverNote == null ? "" : "; " + takeoverNote));
    }

    @Override
    public void uploading(String name, long size) {
        line("uploading " + name + " (" + size + " bytes)");
    }

    @Override
    public synchronized void uploadProgress(String name, long sent, long size) {
        if (size < BIG) {
            return;
        }
        if (!name.equals(current)) {
            current = name;
            lastStep = 0;
        }
        long step = Math.min(10, sent * 10 / size);
        if (step > lastStep) {
            lastStep = step;
            line(name + " " + step * 10 + " % (" + (sent >> 20) + " of " + (size >> 20) + " MB)");
        }
    }

    /** The countdown of an automatic retry: what failed, and when the next try is (provider's Retry-After honoured). */
    @Override
    public void retrying(String what, SyncException cause, Duration delay) {
        Instant at = Instant.now().plus(delay).truncatedTo(ChronoUnit.SECONDS);
        line((cause.kind() == ProblemKind.RATE_LIMITED ? "rate limited by the provider" : cause.kind().label())
                + " (" + what + "); next try in " + Durations.format(delay) + ", at " + at);
    }

    @Override
    public void published(long generation) {
        line("all files in place (generation " + generation + "), releasing the lease");
    }

    private void line(String text) {
        err.println("lineup: " + text);
        err.flush();
    }
}
