package dev.lineup.ui.publish;

import dev.lineup.output.RenderProgress;
import dev.lineup.sync.PublishListener;
import dev.lineup.sync.PublishReport;
import dev.lineup.ui.common.TaskContext;

/**
 * Feeds a publish's rendering and upload progress into its task; the status bar samples it on its tick.
 * Uploads count files (their number is not known up front, so the bar runs indeterminate).
 */
final class PublishProgress implements PublishListener, RenderProgress {
    private final TaskContext ctx;
    private long filesDone;

    PublishProgress(TaskContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void update(String phase, long done, long total) {
        ctx.progress(done, total);
    }

    @Override
    public void fileDone(PublishReport.FileResult result) {
        filesDone++;
        ctx.progress(filesDone, -1);
    }
}
