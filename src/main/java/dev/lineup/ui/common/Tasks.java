package dev.lineup.ui.common;

import dev.lineup.service.common.TaskCancelledException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work for the screens: {@code tasks.run("Loading source", ctx -> load(ctx))
 * .onSuccess(show).onError(IOException.class, e -> ...).start()}. The work runs on the shared
 * executor; success and error handlers run on the UI thread; an error no handler takes goes to the
 * error window. Progress reaches the status bar through {@link TaskMonitor}'s tick.
 */
public final class Tasks {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);
    private final Executor executor;
    private final TaskMonitor monitor;
    private final ErrorWindow errors;

    public Tasks(Executor executor, TaskMonitor monitor, ErrorWindow errors) {
        this.executor = executor;
        this.monitor = monitor;
        this.errors = errors;
    }

    /** The work of a task; may throw anything, which then goes to the matching error handler. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext ctx) throws Exception;
    }

    /** Tasks that run one at a time in the order they were started, on the same pool, status bar and error window. */
    public Tasks serial() {
        return new Tasks(new SerialExecutor(executor), monitor, errors);
    }

    /** Shows an error in the error window (for handlers that clean up, then still report). */
    public void showError(String title, Throwable error) {
        errors.show(title, error);
    }

    public <T> Builder<T> run(String name, Work<T> work) {
        return new Builder<>(name, work);
    }

    /** Configures and starts one task. */
    public final class Builder<T> {
        private final String name;
        private final Work<T> work;
        private Consumer<? super T> onSuccess = v -> { };
        private Runnable onCancelled = () -> { };
        private final List<Handler<?>> handlers = new ArrayList<>();

        private record Handler<E extends Throwable>(Class<E> type, Consumer<? super E> action) {
            boolean handle(Throwable t) {
                if (!type.isInstance(t)) {
                    return false;
                }
                action.accept(type.cast(t));
                return true;
            }
        }

        private Builder(String name, Work<T> work) {
            this.name = Objects.requireNonNull(name);
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<? super T> c) {
            onSuccess = c;
            return this;
        }

        /** Handles errors of {@code type} (first matching handler in registration order wins). */
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<? super E> c) {
            handlers.add(new Handler<>(type, c));
            return this;
        }

        public Builder<T> onCancelled(Runnable r) {
            onCancelled = r;
            return this;
        }

        /** Starts the task; call on the UI thread. */
        public TaskContext start() {
            TaskContext ctx = new TaskContext(name);
            Instant started = Instant.now();
            monitor.started(ctx);
            executor.execute(() -> {
                T result = null;
                Throwable failure = null;
                try {
                    result = work.run(ctx);
                } catch (Throwable t) {
                    failure = t;
                }
                T r = result;
                Throwable f = failure;
                Platform.runLater(() -> finish(ctx, started, r, f));
            });
            return ctx;
        }

        private void finish(TaskContext ctx, Instant started, T result, Throwable failure) {
            Duration took = Duration.between(started, Instant.now());
            boolean cancelled = ctx.cancelled() || failure instanceof TaskCancelledException
                    || failure instanceof CancellationException || failure instanceof InterruptedException;
            String outcome = cancelled ? "Cancelled" : failure == null ? "Done" : "Failed: " + message(failure);
            monitor.finished(ctx, new TaskRecord(started, name, took, outcome, cancelled ? null : failure));
            if (cancelled) {
                onCancelled.run();
            } else if (failure == null) {
                onSuccess.accept(result);
            } else {
                LOG.warn("task '{}' failed", name, failure);
                for (Handler<?> h : handlers) {
                    if (h.handle(failure)) {
                        return;
                    }
                }
                errors.show(name + " failed", failure);
            }
        }
    }

    static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
