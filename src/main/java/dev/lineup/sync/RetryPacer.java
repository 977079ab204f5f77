package dev.lineup.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry policy for every remote call (rclone's "pacer"). Only {@link ProblemKind#retryable()}
 * kinds (rate limits, network and 5xx) are retried: a provider's Retry-After is honoured exactly,
 * otherwise exponential backoff with jitter. Attempts and total time are both bounded, so a dead network
 * turns into a shown {@code Unreachable} problem instead of a hang. Clock and sleeper are injectable so
 * tests run in microseconds.
 */
public final class RetryPacer {
    private static final Logger LOG = LoggerFactory.getLogger(RetryPacer.class);

    /** One remote call. */
    @FunctionalInterface
    public interface RemoteCall<T> {
        T call() throws SyncException;
    }

    /** Waits; production uses {@link Thread#sleep}. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** Told before every wait, e.g. to show a RateLimited countdown. */
    @FunctionalInterface
    public interface Listener {
        void retrying(String what, SyncException cause, int attempt, Duration delay);
    }

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final Duration maxTotal;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Listener listener;
    /** Rate limits are retried for this long, however many attempts it takes (a 429 storm passes). */
    private final Duration rateLimitBudget;

    /** Rate limits get the same budget as everything else ({@code maxTotal}). */
    public RetryPacer(int maxAttempts, Duration base, Duration cap, Duration maxTotal, InstantSource clock,
                      Sleeper sleeper, RandomGenerator random, Listener listener) {
        this(maxAttempts, base, cap, maxTotal, clock, sleeper, random, listener, maxTotal);
    }

    public RetryPacer(int maxAttempts, Duration base, Duration cap, Duration maxTotal, InstantSource clock,
                      Sleeper sleeper, RandomGenerator random, Listener listener, Duration rateLimitBudget) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.base = Objects.requireNonNull(base);
        this.cap = Objects.requireNonNull(cap);
        this.maxTotal = Objects.requireNonNull(maxTotal);
        this.clock = Objects.requireNonNull(clock);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.random = Objects.requireNonNull(random);
        this.listener = listener == null ? (w, c, a, d) -> { } : listener;
        this.rateLimitBudget = Objects.requireNonNull(rateLimitBudget);
    }

    /** How long rate limits are retried by {@link #standard()}. */
    public static final Duration RATE_LIMIT_BUDGET = Duration.ofMinutes(5);

    /**
     * 6 attempts, 0.5 s doubling to 30 s, at most 3 minutes in all; rate limits for up to 5 minutes
     * whatever the attempts; real clock.
     */
    public static RetryPacer standard() {
        return new RetryPacer(6, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(3),
                InstantSource.system(), d -> Thread.sleep(d.toMillis()), RandomGenerator.getDefault(), null,
                RATE_LIMIT_BUDGET);
    }

    /** The same policy retrying rate limits for {@code budget} (zero: shown at once). */
    public RetryPacer withRateLimitBudget(Duration budget) {
        return new RetryPacer(maxAttempts, base, cap, maxTotal, clock, sleeper, random, listener, budget);
    }

    /** The same policy reporting every wait to {@code l}. */
    public RetryPacer withListener(Listener l) {
        return new RetryPacer(maxAttempts, base, cap, maxTotal, clock, sleeper, random, l, rateLimitBudget);
    }

    /**
     * The same policy squeezed into {@code budget}: no single wait longer than half of it. For calls
     * that are useless late, like a heartbeat that must land before the lease looks stale.
     */
    public RetryPacer within(Duration budget) {
        Duration half = budget.dividedBy(2);
        Duration tighterCap = cap.compareTo(half) < 0 ? cap : half;
        Duration tighterBase = base.compareTo(tighterCap) < 0 ? base : tighterCap;
        Duration tighterTotal = maxTotal.compareTo(budget) < 0 ? maxTotal : budget;
        Duration tighterRateLimit = rateLimitBudget.compareTo(budget) < 0 ? rateLimitBudget : budget;
        return new RetryPacer(maxAttempts, tighterBase, tighterCap, tighterTotal, clock, sleeper, random, listener,
                tighterRateLimit);
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public InstantSource clock() {
        return clock;
    }

    /** Runs {@code call}, retrying retryable failures; the last failure is thrown when the budget is spent. */
    public <T> T call(String what, RemoteCall<T> call) throws SyncException {
        Instant start = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (SyncException e) {
                boolean rateLimited = e.kind() == ProblemKind.RATE_LIMITED;
                if (!e.kind().retryable() || (!rateLimited && attempt >= maxAttempts)) {
                    throw e;
                }
                Duration delay = delayFor(e, attempt);
                Duration spent = Duration.between(start, clock.instant());
                Duration budget = rateLimited ? rateLimitBudget : maxTotal;
                if (spent.plus(delay).compareTo(budget) > 0) {
                    LOG.info("{} failed ({}); next wait {} ms would pass the {} s budget, giving up",
                            what, e.kind().label(), delay.toMillis(), budget.toSeconds());
                    throw rateLimited ? gaveUp(e, spent, delay) : e;
                }
                LOG.info("{} failed ({}), attempt {} of {}; retrying in {} ms", what, e.kind().label(),
                        attempt, maxAttempts, delay.toMillis());
                listener.retrying(what, e, attempt, delay);
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SyncException(e.kind(), what + " interrupted while waiting to retry", e.facts(),
                            null, e);
                }
            }
        }
    }

    /**
     * The rate limit outlasted its budget: say for how long it was retried and when the provider takes
     * the next try (server-side wait, not "retry in 1 s" long after that second has passed).
     */
    private SyncException gaveUp(SyncException e, Duration spent, Duration nextDelay) {
        Instant exact = clock.instant().plus(e.retryAfter().filter(d -> !d.isNegative()).orElse(nextDelay));
        Instant next = exact.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (next.isBefore(exact)) {
            next = next.plusSeconds(1); // rounded up: a try at the printed second is never too early
        }
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>(e.facts());
        facts.put("nextRetryAt", next.toString());
        facts.put("retriedForSeconds", Long.toString(spent.toSeconds()));
        return new SyncException(e.kind(), e.getMessage() + "; still rate limited after " + spent.toSeconds()
                + " s of retries; the next try is possible at " + next, facts, e.retryAfter().orElse(null), e);
    }

    /**
     * The wait before attempt {@code attempt + 1}: Retry-After when given, else jittered exponential; a
     * rate limit waits at least its Retry-After and backs off further (with jitter) while it lasts, so
     * many clients in a 429 storm spread out instead of all retrying after the same second.
     */
    Duration delayFor(SyncException e, int attempt) {
        if (e.retryAfter().isPresent() && !e.retryAfter().get().isNegative()) {
            if (e.kind() == ProblemKind.RATE_LIMITED) {
                Duration backoff = jittered(attempt);
                return backoff.compareTo(e.retryAfter().get()) > 0 ? backoff : e.retryAfter().get();
            }
            return e.retryAfter().get();
        }
        return jittered(attempt);
    }

    private Duration jittered(int attempt) {
        long capMs = cap.toMillis();
        long exp = base.toMillis() << Math.min(attempt - 1, 30);
        long ceiling = Math.min(capMs, exp < 0 ? capMs : exp);
        // "Equal jitter": at least half the exponential step, so retries from many clients spread out
        // without ever collapsing to an immediate hammering retry.
        long half = ceiling / 2;
        return Duration.ofMillis(half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1)));
    }
}
