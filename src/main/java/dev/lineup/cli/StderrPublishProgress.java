package dev.lineup.cli;

import dev.lineup.service.common.Durations;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishEvent;
import dev.lineup.sync.Publisher;
import dev.lineup.task.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Publish progress on stderr: rendering, the lease, each upload, and for big files a line per 10 % so a
 * long upload over a slow uplink visibly moves (small files go up in one request: nothing to show).
 */
final class StderrPublishProgress implements Progress, Consumer<PublishEvent> {
    private final PrintWriter err;
    private final StderrProgress render;
    /** Files below this go up in one request; their progress would be one line saying 100 %. */
    static final long BIG = 8L * 1024 * 1024;
    /** The file going up now (named by the last {@link PublishEvent.Uploading}), and its last 10 % step shown. */
    private String current;
    private long lastStep;

    StderrPublishProgress(PrintWriter err) {
        this.err = err;
        this.render = new StderrProgress(err);
    }

    @Override
    public void update(String phase, long done, long total) {
        if (Publisher.UPLOAD_PHASE.equals(phase)) {
            uploaded(done, total);
        } else if (phase.startsWith("rendering layout")) {
            line(phase);
        } else {
            render.update(phase, done, total);
        }
    }

    @Override
    public void accept(PublishEvent event) {
        if (event instanceof PublishEvent.LeaseAcquired a) {
            line("lease acquired, generation " + a.lease().generation()
                    + (a.takeoverNote() == null ? "" : "; " + a.takeoverNote()));
        } else if (event instanceof PublishEvent.Uploading u) {
            synchronized (this) {
                current = u.name();
                lastStep = 0;
            }
            line("uploading " + u.name() + " (" + u.size() + " bytes)");
        } else if (event instanceof PublishEvent.Retrying r) {
            retrying(r);
        } else if (event instanceof PublishEvent.Published p) {
            line("all files in place (generation " + p.generation() + "), releasing the lease");
        }
    }

    /** {@code sent} of {@code size} bytes of the current file are up: a line per 10 % of a big one. */
    private synchronized void uploaded(long sent, long size) {
        if (size < BIG || current == null) {
            return;
        }
        long step = Math.min(10, sent * 10 / size);
        if (step > lastStep) {
            lastStep = step;
            line(current + " " + step * 10 + " % (" + (sent >> 20) + " of " + (size >> 20) + " MB)");
        }
    }

    /** The countdown of an automatic retry: what failed, and when the next try is (provider's Retry-After honoured). */
    private void retrying(PublishEvent.Retrying r) {
        Duration delay = r.delay();
        Instant at = Instant.now().plus(delay).truncatedTo(ChronoUnit.SECONDS);
        line((r.cause().kind() == ProblemKind.RATE_LIMITED ? "rate limited by the provider" : r.cause().kind().label())
                + " (" + r.what() + "); next try in " + Durations.format(delay) + ", at " + at);
    }

    private void line(String text) {
        err.println("lineup: " + text);
        err.flush();
    }
}
