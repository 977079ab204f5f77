package dev.lineup.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs each task's work and then its handler on the calling thread, at once: a view model test calls
 * {@code vm.load()} and asserts what it shows on the next line, without the JavaFX toolkit. Errors that no
 * handler took are kept ({@link #unhandledErrors()}) instead of opening a window. {@link #hold()} queues
 * started tasks until {@link #runHeld()}, for asserting what a screen shows while work is under way.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final List<Throwable> unhandled = new ArrayList<>();
    private final List<String> finished = new ArrayList<>();
    private final Deque<Runnable> held = new ArrayDeque<>();
    private boolean holding;

    @Override
    public <T> TaskContext start(Task<T> task) {
        TaskContext ctx = new TaskContext(task.name());
        Runnable run = () -> {
            TaskOutcome<T> outcome = task.runWork(ctx);
            finished.add(task.name() + ": " + outcome.describe());
            task.finish(outcome);
        };
        if (holding) {
            held.add(run);
        } else {
            run.run();
        }
        return ctx;
    }

    /** Same thread: already one at a time, in order. */
    @Override
    public TaskExecutor serial() {
        return this;
    }

    @Override
    public void showError(String title, Throwable error) {
        unhandled.add(error);
    }

    /** From now on, started tasks wait until {@link #runHeld()}. */
    public void hold() {
        holding = true;
    }

    /** Runs the waiting tasks in start order (and those they start), then runs new tasks at once again. */
    public void runHeld() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
        holding = false;
    }

    /** Errors no handler took, in order (what the desktop would show in its error window). */
    public List<Throwable> unhandledErrors() {
        return List.copyOf(unhandled);
    }

    /** "name: Done|Cancelled|Failed: message" per finished task, in order (what the task log would show). */
    public List<String> finished() {
        return List.copyOf(finished);
    }
}
