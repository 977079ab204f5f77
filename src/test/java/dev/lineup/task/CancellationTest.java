package dev.lineup.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellationTest {
    @Test
    void checkThrowsACancellationNamingWhatStoppedOnlyOnceCancelled() {
        Cancellation c = new Cancellation();
        c.check("refresh");
        c.cancel();
        assertThatThrownBy(() -> c.check("refresh")).isInstanceOf(CancellationException.class)
                .isInstanceOf(CancelledException.class).hasMessage("refresh cancelled");
    }

    @Test
    void cancelRunsEachRegisteredHookOnceAndALateHookAtOnce() {
        Cancellation c = new Cancellation();
        AtomicInteger aborted = new AtomicInteger();
        c.onCancel(aborted::incrementAndGet);
        c.cancel();
        c.cancel();
        assertThat(aborted).hasValue(1);
        c.onCancel(aborted::incrementAndGet);
        assertThat(aborted).hasValue(2);
    }

    @Test
    void aClosedRegistrationIsNotCalled() {
        Cancellation c = new Cancellation();
        AtomicInteger aborted = new AtomicInteger();
        try (Cancellation.Registration r = c.onCancel(aborted::incrementAndGet)) {
            assertThat(c.isCancelled()).isFalse();
        }
        c.cancel();
        assertThat(aborted).hasValue(0);
        assertThat(c.isCancelled()).isTrue();
    }

    @Test
    void aTaskContextCancelsThroughItsCancellation() {
        Cancellation c = new Cancellation();
        TaskContext ctx = new TaskContext("Publish", c);
        c.cancel();
        assertThat(ctx.cancelled()).isTrue();
        assertThatThrownBy(ctx::checkCancelled).hasMessage("Publish cancelled");
    }
}
