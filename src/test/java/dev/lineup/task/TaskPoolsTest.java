package dev.lineup.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskPoolsTest {
    @Test
    void theLogoPoolRefusesWorkBeyondItsQueueInsteadOfGrowingWithoutEnd() throws Exception {
        ExecutorService logos = TaskPools.logoDownloads(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            logos.execute(() -> await(release)); // the one thread is busy
            for (int i = 0; i < TaskPools.LOGO_QUEUE; i++) {
                logos.execute(() -> { });
            }
            assertThatThrownBy(() -> logos.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        } finally {
            release.countDown();
            logos.shutdown();
        }
        assertThat(logos.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void userTasksRunOnNamedDaemonThreadsSeparateFromLogos() throws Exception {
        ExecutorService users = TaskPools.userTasks(2);
        ExecutorService logos = TaskPools.logoDownloads(2);
        try {
            Thread user = users.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
            Thread logo = logos.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
            assertThat(user.getName()).startsWith("lineup-background-");
            assertThat(logo.getName()).startsWith("lineup-logos-");
            assertThat(user.isDaemon()).isTrue();
            assertThat(logo.isDaemon()).isTrue();
        } finally {
            users.shutdown();
            logos.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
