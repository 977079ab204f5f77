package dev.lineup.ui.common;

import dev.lineup.task.Task;
import dev.lineup.task.TaskContext;
import dev.lineup.task.TaskExecutor;
import dev.lineup.task.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's {@link TaskExecutor}: the work runs on the user-task pool; success, cancel and error handlers
 * run on the JavaFX thread; an error no handler takes goes to the error window. Progress reaches the status
 * bar through {@link TaskMonitor}'s tick, never one {@code runLater} per item.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final Executor executor;
    private final TaskMonitor monitor;
    private final ErrorWindow errors;

    public FxTaskExecutor(Executor executor, TaskMonitor monitor, ErrorWindow errors) {
        this.executor = executor;
        this.monitor = monitor;
        this.errors = errors;
    }

    @Override
    public TaskExecutor serial() {
        return new FxTaskExecutor(new SerialExecutor(executor), monitor, errors);
    }

    @Override
    public void showError(String title, Throwable error) {
        errors.show(title, error);
    }

    /** Starts {@code task}; call on the UI thread. */
    @Override
    public <T> TaskContext start(Task<T> task) {
        TaskContext ctx = new TaskContext(task.name());
        Instant started = Instant.now();
        monitor.started(ctx);
        executor.execute(() -> {
            TaskOutcome<T> outcome = task.runWork(ctx);
            Platform.runLater(() -> {
                Duration took = Duration.between(started, Instant.now());
                monitor.finished(ctx, new TaskRecord(started, task.name(), took, outcome.describe(), outcome.failure()));
                if (outcome.failure() != null && task.handles(outcome.failure())) {
                    // A handler shows it to the user in words (a wrong password, a lease held elsewhere): expected.
                    LOG.debug("task '{}' failed, handled", task.name(), outcome.failure());
                } else if (outcome.failure() != null) {
                    LOG.warn("task '{}' failed", task.name(), outcome.failure());
                }
                task.finish(outcome);
            });
        });
        return ctx;
    }
}
