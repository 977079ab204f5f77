package dev.lineup.service.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The one pool all background work of the desktop app runs on: named daemon threads, so a stuck task never keeps the JVM alive. */
public final class BackgroundExecutor {
    private BackgroundExecutor() {
    }

    public static ExecutorService create(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory f = r -> {
            Thread t = new Thread(r, "lineup-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor ex = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), f);
        ex.allowCoreThreadTimeOut(true);
        return ex;
    }
}
