package dev.lineup.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread pools of the application, with named daemon threads (a stuck task never keeps the JVM alive) that
 * end when idle. User tasks and logo downloads get separate pools, so a screen of a thousand logos never
 * queues in front of a save or a publish.
 */
public final class TaskPools {
    /** Logo downloads waiting beyond this are refused; the screen asks again when it redraws. */
    public static final int LOGO_QUEUE = 256;

    private TaskPools() {
    }

    /** The pool user tasks run on (behind the desktop's {@link TaskExecutor}). */
    public static ExecutorService userTasks(int threads) {
        return pool("lineup-background", threads, new LinkedBlockingQueue<>());
    }

    /**
     * A bounded pool for logo downloads: {@code threads} at a time, at most {@link #LOGO_QUEUE} waiting; beyond
     * that {@code execute} throws {@link java.util.concurrent.RejectedExecutionException}.
     */
    public static ExecutorService logoDownloads(int threads) {
        return pool("lineup-logos", threads, new LinkedBlockingQueue<>(LOGO_QUEUE));
    }

    private static ExecutorService pool(String prefix, int threads, LinkedBlockingQueue<Runnable> queue) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory f = r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor ex = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, queue, f);
        ex.allowCoreThreadTimeOut(true);
        return ex;
    }
}
