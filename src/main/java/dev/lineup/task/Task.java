package dev.lineup.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One task being configured: its work and what happens after it. Handlers run on the executor's handler thread
 * (the JavaFX thread in the desktop, the caller's thread in tests); an error no handler takes goes to
 * {@link TaskExecutor#showError}.
 */
public final class Task<T> {
    private final TaskExecutor executor;
    private final String name;
    private final TaskExecutor.Work<T> work;
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

    Task(TaskExecutor executor, String name, TaskExecutor.Work<T> work) {
        this.executor = Objects.requireNonNull(executor);
        this.name = Objects.requireNonNull(name);
        this.work = Objects.requireNonNull(work);
    }

    public String name() {
        return name;
    }

    public Task<T> onSuccess(Consumer<? super T> c) {
        onSuccess = c;
        return this;
    }

    /** Handles errors of {@code type} (first matching handler in registration order wins). */
    public <E extends Throwable> Task<T> onError(Class<E> type, Consumer<? super E> c) {
        handlers.add(new Handler<>(type, c));
        return this;
    }

    public Task<T> onCancelled(Runnable r) {
        onCancelled = r;
        return this;
    }

    /** Starts the task; in the desktop, call on the UI thread. The context cancels it. */
    public TaskContext start() {
        return executor.start(this);
    }

    /** For executors: runs the work on the calling thread and captures how it ended. */
    public TaskOutcome<T> runWork(TaskContext ctx) {
        try {
            return TaskOutcome.of(ctx, work.run(ctx), null);
        } catch (Throwable t) {
            return TaskOutcome.of(ctx, null, t);
        }
    }

    /** Whether a handler of this task takes {@code error} (then the error is expected, not a failure to report). */
    public boolean handles(Throwable error) {
        return handlers.stream().anyMatch(h -> h.type().isInstance(error));
    }

    /** For executors: runs the handler that fits {@code outcome}; an unhandled error goes to the error window. */
    public void finish(TaskOutcome<T> outcome) {
        if (outcome.cancelled()) {
            onCancelled.run();
        } else if (outcome.failure() == null) {
            onSuccess.accept(outcome.result());
        } else {
            for (Handler<?> h : handlers) {
                if (h.handle(outcome.failure())) {
                    return;
                }
            }
            executor.showError(name + " failed", outcome.failure());
        }
    }
}
