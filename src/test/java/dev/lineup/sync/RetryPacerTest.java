package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPacerTest {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    List<Duration> waits = new ArrayList<>();

    RetryPacer pacer(int attempts, Duration maxTotal) {
        return new RetryPacer(attempts, Duration.ofMillis(500), Duration.ofSeconds(30), maxTotal, clock, d -> {
            waits.add(d);
            clock.advance(d);
        }, new Random(7), null);
    }

    static SyncException failure(ProblemKind kind, Duration retryAfter) {
        return new SyncException(kind, kind.label(), Map.of(), retryAfter, null);
    }

    @Test
    void aRateLimitIsRetriedAfterExactlyTheProvidersRetryAfter() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String result = pacer(5, Duration.ofMinutes(5)).call("upload", () -> {
            if (calls.incrementAndGet() < 3) {
                throw failure(ProblemKind.RATE_LIMITED, Duration.ofSeconds(7));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    }

    @Test
    void unreachableBacksOffExponentiallyWithJitterUpToTheCap() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> pacer(10, Duration.ofHours(1)).call("list", () -> {
            calls.incrementAndGet();
            throw failure(ProblemKind.UNREACHABLE, null);
        })).isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNREACHABLE));
        assertThat(calls.get()).isEqualTo(10);
        assertThat(waits).hasSize(9);
        for (int i = 0; i < waits.size(); i++) {
            long ceiling = Math.min(30_000, 500L << i);
            assertThat(waits.get(i).toMillis()).as("wait %d", i).isBetween(ceiling / 2, ceiling);
        }
        assertThat(waits.stream().distinct().count()).as("jittered, not lock-step").isGreaterThan(5);
    }

    @Test
    void aPacerSqueezedIntoABudgetGivesUpBeforeItsEnd() {
        Duration budget = Duration.ofSeconds(40);
        assertThatThrownBy(() -> pacer(10, Duration.ofHours(1)).within(budget).call("heartbeat", () -> {
            throw failure(ProblemKind.UNREACHABLE, null);
        })).isInstanceOf(SyncException.class);
        assertThat(waits).isNotEmpty().allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(budget.dividedBy(2)));
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(budget);
    }

    @Test
    void problemsThatRetryingCannotFixAreNeverRetried() {
        for (ProblemKind kind : ProblemKind.values()) {
            if (kind.retryable()) {
                continue;
            }
            AtomicInteger calls = new AtomicInteger();
            assertThatThrownBy(() -> pacer(6, Duration.ofMinutes(5)).call("put", () -> {
                calls.incrementAndGet();
                throw failure(kind, Duration.ofSeconds(1));
            })).isInstanceOf(SyncException.class);
            assertThat(calls.get()).as(kind.label()).isEqualTo(1);
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void aRetryAfterBeyondTheTimeBudgetGivesUpAtOnceSoTheUserSeesIt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> pacer(6, Duration.ofMinutes(2)).call("put", () -> {
            calls.incrementAndGet();
            throw failure(ProblemKind.RATE_LIMITED, Duration.ofMinutes(10));
        })).isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(10)));
        assertThat(calls.get()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void theListenerSeesEveryWaitForACountdown() throws Exception {
        List<String> told = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        pacer(3, Duration.ofMinutes(1)).withListener((what, e, attempt, delay) ->
                told.add(what + " " + e.kind().label() + " " + attempt + " " + delay.toSeconds()))
                .call("upload x", () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw failure(ProblemKind.RATE_LIMITED, Duration.ofSeconds(3));
                    }
                    return null;
                });
        assertThat(told).containsExactly("upload x RateLimited 1 3");
    }

    @Test
    void aRateLimitStormIsRiddenOutPastTheAttemptLimitWithGrowingJitteredWaits() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String result = pacer(6, Duration.ofMinutes(5)).call("upload", () -> {
            if (calls.incrementAndGet() <= 12) {
                throw failure(ProblemKind.RATE_LIMITED, Duration.ofSeconds(1));
            }
            return "done";
        });
        assertThat(result).as("twelve 429s in a row are more than 6 attempts, still within 5 minutes").isEqualTo("done");
        assertThat(waits).hasSize(12).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(waits.get(11)).as("backs off beyond Retry-After while the storm lasts").isGreaterThan(Duration.ofSeconds(10));
        assertThat(waits.subList(6, 12).stream().distinct().count()).as("jittered").isGreaterThan(3);
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aRateLimitOutlastingItsBudgetSaysWhenTheNextTryIsPossible() {
        RetryPacer pacer = new RetryPacer(6, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(3), clock,
                d -> {
                    waits.add(d);
                    clock.advance(d);
                }, new Random(7), null, Duration.ofMinutes(5));
        assertThatThrownBy(() -> pacer.call("upload", () -> {
            throw failure(ProblemKind.RATE_LIMITED, Duration.ofSeconds(20));
        })).isInstanceOfSatisfying(SyncException.class, e -> {
            Instant exact = clock.instant().plusSeconds(20);
            Instant next = exact.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            next = next.isBefore(exact) ? next.plusSeconds(1) : next;
            assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED);
            assertThat(e.getMessage()).contains("still rate limited after ").endsWith("the next try is possible at " + next);
            assertThat(e.facts()).containsEntry("nextRetryAt", next.toString());
        });
        Duration spent = waits.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(spent).as("used most of the 5-minute budget, not 3 minutes or 6 attempts")
                .isGreaterThan(Duration.ofMinutes(4)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }
}
