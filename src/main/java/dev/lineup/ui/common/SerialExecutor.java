package dev.lineup.ui.common;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks one after another, in submission order, on a shared pool (the pattern from the
 * {@link Executor} javadoc). Layout saves, renames and loads go through one, so an older save can
 * never land after a newer one or re-create a layout just renamed.
 */
final class SerialExecutor implements Executor {
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private final Executor pool;
    private Runnable active;

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public synchronized void execute(Runnable r) {
        queue.add(() -> {
            try {
                r.run();
            } finally {
                next();
            }
        });
        if (active == null) {
            next();
        }
    }

    private synchronized void next() {
        active = queue.poll();
        if (active != null) {
            pool.execute(active);
        }
    }
}
