package dev.lineup.task;

/**
 * Runs the application's user-visible background work (the JabRef pattern): a view model asks for
 * {@code executor.run("Loading source", ctx -> load(ctx)).onSuccess(show).onError(IOException.class, e -> ...).start()}
 * and never touches threads. The desktop's implementation ({@code ui.common.FxTaskExecutor}) runs the work on a
 * shared pool and the handlers on the JavaFX thread, with progress in the status bar; {@link SameThreadTaskExecutor}
 * runs both at once on the calling thread, so view models are tested without the toolkit.
 */
public interface TaskExecutor {
    /** The work of a task; may throw anything, which then goes to the matching error handler. */
    @FunctionalInterface
    interface Work<T> {
        T run(TaskContext ctx) throws Exception;
    }

    /** A task to configure and {@link Task#start()}. */
    default <T> Task<T> run(String name, Work<T> work) {
        return new Task<>(this, name, work);
    }

    /**
     * Starts {@code task}: runs its work with a new {@link TaskContext}, then {@link Task#finish} on the thread
     * handlers belong to. Called by {@link Task#start()}.
     */
    <T> TaskContext start(Task<T> task);

    /** An executor whose tasks run one at a time in the order they were started (saves, renames, loads). */
    TaskExecutor serial();

    /** Shows an error the way unhandled task errors are shown (for handlers that clean up, then still report). */
    void showError(String title, Throwable error);
}
