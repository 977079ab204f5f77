package dev.lineup.task;

/**
 * What running work holds: its name, its progress and its cancel button. The worker writes plain volatile
 * fields as often as it likes; whoever shows it (the status bar) reads them on its own tick, so a loop over
 * 100k items never floods a UI thread with updates.
 */
public final class TaskContext implements Progress {
    private final String name;
    private final Cancellation cancellation;
    private volatile String phase = "";
    private volatile long done;
    private volatile long total = -1;

    public TaskContext(String name) {
        this(name, new Cancellation());
    }

    public TaskContext(String name, Cancellation cancellation) {
        this.name = name;
        this.cancellation = cancellation;
    }

    /** For service calls made outside any task (first-run set-up in tests, the command line). */
    public static TaskContext detached(String name) {
        return new TaskContext(name);
    }

    public String name() {
        return name;
    }

    @Override
    public void update(String phase, long done, long total) {
        this.phase = phase == null ? "" : phase;
        this.done = done;
        this.total = total;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public void cancel() {
        cancellation.cancel();
    }

    public boolean cancelled() {
        return cancellation.isCancelled();
    }

    /** Throws {@link CancelledException} once cancelled (between items of a long loop). */
    public void checkCancelled() {
        cancellation.check(name);
    }

    /** The phase last reported ("" before the first report). */
    public String phase() {
        return phase;
    }

    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        long t = total;
        return t <= 0 ? -1 : Math.min(1.0, (double) done / t);
    }
}
