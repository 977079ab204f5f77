package dev.lineup.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SameThreadTaskExecutorTest {
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();

    @Test
    void theSuccessHandlerHasRunWhenStartReturns() {
        AtomicReference<String> shown = new AtomicReference<>();
        executor.run("Loading", ctx -> "42 channels").onSuccess(shown::set).start();
        assertThat(shown.get()).isEqualTo("42 channels");
        assertThat(executor.finished()).containsExactly("Loading: Done");
    }

    @Test
    void anErrorGoesToTheFirstMatchingHandlerAndOnlyThere() {
        List<String> seen = new ArrayList<>();
        executor.run("Saving", ctx -> {
            throw new java.nio.file.NoSuchFileException("/gone");
        }).onError(IllegalStateException.class, e -> seen.add("state"))
                .onError(IOException.class, e -> seen.add("io: " + e.getMessage()))
                .onError(Exception.class, e -> seen.add("any")).start();
        assertThat(seen).containsExactly("io: /gone");
        assertThat(executor.unhandledErrors()).isEmpty();
        assertThat(executor.finished()).containsExactly("Saving: Failed: /gone");
    }

    @Test
    void anErrorNoHandlerTakesIsKeptAsTheErrorWindowWouldShowIt() {
        executor.run("Saving", ctx -> {
            throw new IllegalStateException("disk full");
        }).onError(IOException.class, e -> { }).start();
        assertThat(executor.unhandledErrors()).singleElement()
                .satisfies(e -> assertThat(e).hasMessage("disk full"));
    }

    @Test
    void workThatSeesItsCancelRunsTheCancelHandlerNotTheErrorHandler() {
        List<String> seen = new ArrayList<>();
        executor.run("Counting", ctx -> {
            for (int i = 0; i < 10; i++) {
                ctx.update("count", i, 10);
                if (i == 3) {
                    ctx.cancel(); // as the status bar's cancel button would, from another thread
                }
                ctx.checkCancelled();
            }
            return "all";
        }).onSuccess(seen::add).onError(Throwable.class, e -> seen.add("error"))
                .onCancelled(() -> seen.add("cancelled")).start();
        assertThat(seen).containsExactly("cancelled");
        assertThat(executor.finished()).containsExactly("Counting: Cancelled");
    }

    @Test
    void heldTasksRunInStartOrderOnlyWhenReleased() {
        List<String> seen = new ArrayList<>();
        executor.hold();
        TaskContext first = executor.run("First", ctx -> "a").onSuccess(seen::add).start();
        executor.run("Second", ctx -> "b").onSuccess(seen::add).start();
        assertThat(seen).isEmpty();
        assertThat(first.cancelled()).isFalse();
        executor.runHeld();
        assertThat(seen).containsExactly("a", "b");
        executor.run("Third", ctx -> "c").onSuccess(seen::add).start();
        assertThat(seen).containsExactly("a", "b", "c");
    }

    @Test
    void aTaskCancelledWhileHeldEndsCancelled() {
        List<String> seen = new ArrayList<>();
        executor.hold();
        TaskContext ctx = executor.run("Refresh", c -> {
            c.checkCancelled();
            return "refreshed";
        }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled")).start();
        ctx.cancel();
        executor.runHeld();
        assertThat(seen).containsExactly("cancelled");
    }

    @Test
    void progressIsWhatTheWorkLastReported() {
        AtomicReference<TaskContext> seen = new AtomicReference<>();
        executor.run("Reading", ctx -> {
            ctx.update("read", 250, 1000);
            seen.set(ctx);
            return null;
        }).start();
        assertThat(seen.get().phase()).isEqualTo("read");
        assertThat(seen.get().fraction()).isEqualTo(0.25);
    }
}
