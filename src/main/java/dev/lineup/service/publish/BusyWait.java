package dev.lineup.service.publish;

import dev.lineup.sync.LeaseStatus;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import dev.lineup.sync.SyncProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Publishing into a folder another installation is busy with: instead of failing at once with
 * {@code LeaseHeld}, wait (checking the lock every few seconds, which is cheap, rather than rendering
 * again) until the folder is free or its lock is stale, then publish, all within a budget. The budget is
 * one deadline for every publish made through this object, so a scheduled run with several layouts waits
 * at most that long in all. A live lock is never taken over here. When the budget runs out, the last
 * {@code LeaseHeld} is thrown, with the holder as it is then.
 */
public final class BusyWait {
    /** Default pause between two looks at the lock. */
    public static final Duration POLL = Duration.ofSeconds(2);

    /** Told before each pause: who holds the folder, and how long this wait may still last. */
    @FunctionalInterface
    public interface Countdown {
        void waiting(SyncProblem held, Duration left);
    }

    /** One publish attempt. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws Exception;
    }

    /** Reads the lock of the target; empty when the folder is free. */
    @FunctionalInterface
    public interface LockLook {
        Optional<LeaseStatus> status() throws SyncException;
    }

    private final Instant deadline;
    private final Duration poll;
    private final InstantSource clock;
    private final RetryPacer.Sleeper sleeper;
    private final Countdown countdown;

    public BusyWait(Duration budget, Duration poll, InstantSource clock, RetryPacer.Sleeper sleeper,
                    Countdown countdown) {
        this.deadline = clock.instant().plus(budget);
        this.poll = poll;
        this.clock = clock;
        this.sleeper = sleeper;
        this.countdown = countdown == null ? (h, l) -> { } : countdown;
    }

    /** A wait of {@code budget} on the real clock. */
    public static BusyWait of(Duration budget, Countdown countdown) {
        return new BusyWait(budget, POLL, InstantSource.system(), d -> Thread.sleep(d.toMillis()), countdown);
    }

    /**
     * Runs {@code attempt}; while it fails with {@code LeaseHeld} and the budget lasts, waits for the lock
     * ({@code look}) to go or go stale and runs it again. Other failures pass through at once.
     */
    public <T> T publish(String target, Attempt<T> attempt, LockLook look) throws Exception {
        while (true) {
            try {
                return attempt.run();
            } catch (SyncProblemException e) {
                if (e.problem().kind() != ProblemKind.LEASE_HELD || !clock.instant().isBefore(deadline)) {
                    throw e;
                }
                awaitFree(target, e.problem(), look);
            }
        }
    }

    /** Returns once the lock is gone or stale; throws the holder's {@code LeaseHeld} when the budget is spent. */
    private void awaitFree(String target, SyncProblem held, LockLook look) throws SyncException {
        SyncProblem latest = held;
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw latest.toException(null);
            }
            countdown.waiting(latest, left);
            try {
                sleeper.sleep(left.compareTo(poll) < 0 ? left : poll);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw latest.toException(ie);
            }
            Optional<LeaseStatus> now = look.status();
            if (now.isEmpty() || now.get().stale()) {
                return;
            }
            latest = now.get().asProblem(held.target() == null ? target : held.target());
        }
    }
}
