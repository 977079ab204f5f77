package dev.lineup.cli;

import dev.lineup.output.RenderProgress;
import dev.lineup.sync.LeaseInfo;
import dev.lineup.sync.PublishListener;
import java.io.PrintWriter;

/** Publish progress on stderr: rendering, the lease, each upload. */
final class StderrPublishProgress implements PublishListener, RenderProgress {
    private final PrintWriter err;
    private final StderrProgress render;

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
    public void published(long generation) {
        line("all files in place (generation " + generation + "), releasing the lease");
    }

    private void line(String text) {
        err.println("lineup: " + text);
        err.flush();
    }
}
