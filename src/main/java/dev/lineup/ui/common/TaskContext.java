package dev.lineup.ui.common;

import dev.lineup.service.common.TaskProgress;

/**
 * A running task's progress and cancel flag. The worker writes plain volatile fields as often as it
 * likes; the {@link TaskMonitor} reads them on its UI tick, so a loop over 100k items never floods the
 * UI thread with updates.
 */
public final class TaskContext implements TaskProgress {
    private final String name;
    private volatile long done;
    private volatile long total = -1;
    private volatile boolean cancelled;
    private volatile Runnable onCancel = () -> { };

    TaskContext(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public void progress(long done, long total) {
        this.done = done;
        this.total = total;
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
        onCancel.run();
    }

    void onCancel(Runnable r) {
        onCancel = r;
    }

    /** 0..1, or -1 when the total is unknown. */
    double fraction() {
        long t = total;
        return t <= 0 ? -1 : Math.min(1.0, (double) done / t);
    }
}
