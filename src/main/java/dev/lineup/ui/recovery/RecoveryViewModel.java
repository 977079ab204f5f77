package dev.lineup.ui.recovery;

import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.publish.RecoverySession;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.Texts;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recovery wizard's state: what happened, the facts, the fixes in DESIGN.md's order, the running
 * fix and its outcome, the RateLimited countdown. Opening a problem from the history looks at the lease
 * again first, so the wizard never offers to take over a lock that is gone. UI thread only.
 */
public final class RecoveryViewModel {
    /** Seconds to wait before retrying when the provider gave no Retry-After. */
    static final long DEFAULT_RETRY_SECONDS = 30;

    /** One fix as the wizard lists it. */
    public record ActionItem(RecoveryAction action, String label, String explanation, boolean dangerous) {
    }

    private final PublishService publishing;
    private final TargetService targets;
    private final TaskExecutor tasks;
    private final ProblemCenter center;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty resolved = new SimpleBooleanProperty(false);
    private final BooleanProperty canRetry = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ObjectProperty<ProblemKind> kind = new javafx.beans.property.SimpleObjectProperty<>();
    private final ObservableList<ProblemFacts.Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<ActionItem> actions = FXCollections.observableArrayList();
    /** Made at the first countdown (a rate limit): a view-model test of other problems needs no animation toolkit. */
    private Timeline ticker;
    private RecoverySession session;
    /** Read in the background with the session: "Sign in again" asks for a pasted token. */
    private boolean pastesToken;
    private OpenProblem opened;
    private long secondsLeft;
    /** The problem on show and when it was shown: its facts' ages count on from there ({@link #tickFacts}). */
    private SyncProblem shown;
    private java.time.Instant shownAt;

    public RecoveryViewModel(PublishService publishing, TargetService targets, TaskExecutor tasks, ProblemCenter center) {
        this.publishing = publishing;
        this.targets = targets;
        this.tasks = tasks;
        this.center = center;
    }

    /** Shows {@code p} and finds the fixes for it in the background. */
    public void open(OpenProblem p) {
        stopCountdown();
        opened = p;
        session = null;
        resolved.set(false);
        canRetry.set(false);
        outcome.set("");
        actions.clear();
        show(p.problem());
        running.set(true);
        tasks.run(Texts.get("recovery.task.open"), ctx -> {
            String target = p.target() != null ? p.target() : targets.targetNamed(p.problem().target()).orElse(null);
            if (target == null) {
                return new Loaded(null, false, false);
            }
            if (p.target() == null && p.problem().kind() == ProblemKind.LEASE_HELD) {
                // A recorded lease problem: judge the lock as it is now, with its current lockId.
                Optional<SyncProblem> now = publishing.locks().status(target).map(st -> st.asProblem(p.problem().target()));
                RecoverySession held = RecoverySession.start(publishing, targets, now.orElse(p.problem()), target, p.layout());
                return new Loaded(held, now.isEmpty(), held.pastesToken());
            }
            RecoverySession s = RecoverySession.start(publishing, targets, p.problem(), target, p.layout());
            return new Loaded(s, false, s.pastesToken());
        }).onSuccess(l -> loaded(p, l)).onError(Exception.class, e -> {
            running.set(false);
            outcome.set(Texts.get("recovery.outcome.unchecked", message(e)));
        }).start();
    }

    private record Loaded(RecoverySession session, boolean leaseGone, boolean pastesToken) {
    }

    private void loaded(OpenProblem p, Loaded l) {
        running.set(false);
        if (l.session() == null) {
            outcome.set(Texts.get("recovery.outcome.noTarget"));
            return;
        }
        session = l.session();
        pastesToken = l.pastesToken();
        show(session.problem());
        canRetry.set(!session.layouts().isEmpty());
        if (l.leaseGone()) {
            outcome.set(Texts.get("recovery.outcome.free"));
            return;
        }
        for (RecoveryAction a : session.available()) {
            actions.add(new ActionItem(a, a.label(), RecoverySession.explanation(a, l.pastesToken()), RecoverySession.DANGEROUS.contains(a)));
        }
        if (session.problem().kind() == ProblemKind.RATE_LIMITED) {
            startCountdown(p.retryAfter() == null ? DEFAULT_RETRY_SECONDS : Math.max(1, p.retryAfter().toSeconds()));
        }
    }

    /** Runs a fix in the background; {@code choice} carries a secondary role or a folder name. */
    public void perform(RecoveryAction action, RecoverySession.Choice choice) {
        if (session == null || running.get()) {
            return;
        }
        if (action == RecoveryAction.CANCEL) {
            outcome.set(Texts.get("recovery.outcome.nothing"));
            return;
        }
        stopCountdown();
        runInSession(action.label(), ctx -> session.run(action, choice, ctx.cancellation()));
    }

    /** Whether "Sign in again" asks for a pasted token (the target was added with one) instead of a browser. */
    public boolean signInPastesToken() {
        return pastesToken;
    }

    /** Publishes the layouts again as they are. */
    public void retryPublish() {
        if (session != null && !running.get()) {
            stopCountdown();
            runInSession(Texts.get("recovery.retry"), ctx -> session.retry(ctx.cancellation()));
        }
    }

    @FunctionalInterface
    private interface Fix {
        RecoverySession.Outcome run(dev.lineup.task.TaskContext ctx) throws Exception;
    }

    private void runInSession(String what, Fix fix) {
        RecoverySession s = session;
        running.set(true);
        outcome.set(what + "…");
        tasks.run(Texts.get("recovery.task.fix", what), fix::run).onSuccess(o -> {
            running.set(false);
            outcome.set(o.message());
            if (o.published().isPresent()) {
                // The finished state: no problem title over an empty list of ways out, no stale facts.
                resolved.set(true);
                actions.clear();
                facts.clear();
                stopCountdown();
                title.set(Texts.get("recovery.solved"));
                summary.set(o.message());
                center.resolved(o.message());
            }
        }).onError(SyncException.class, e -> {
            running.set(false);
            OpenProblem next = OpenProblem.of(e, s.target(), opened.layout());
            open(next);
            outcome.set(Texts.get("recovery.outcome.notFixed", title(next.problem().kind()),
                    ProblemFacts.sentence(next.problem(), java.time.Instant.now())));
        }).onError(Exception.class, e -> {
            running.set(false);
            outcome.set(Texts.get("recovery.outcome.failed", message(e)));
        }).start();
    }

    private void show(SyncProblem p) {
        shown = p;
        shownAt = java.time.Instant.now();
        kind.set(p.kind());
        title.set(title(p.kind()));
        summary.set(p.summary());
        facts.setAll(ProblemFacts.of(p, shownAt, java.time.Duration.ZERO));
    }

    /** A problem's title as a sentence ("Another computer is publishing"), never its code name. */
    public static String title(ProblemKind k) {
        return Texts.get("problem." + k.name());
    }

    /** A problem's facts as one sentence with local times, for a status line outside the wizard. */
    public static String sentence(dev.lineup.sync.SyncProblem p, java.time.Instant now) {
        return ProblemFacts.sentence(p, now);
    }

    /** Recomputes the facts' ages (heartbeat, since…); the wizard's window calls it every second while it shows. */
    public void tickFacts() {
        if (shown != null && !resolved.get() && !facts.isEmpty()) {
            java.time.Instant now = java.time.Instant.now();
            facts.setAll(ProblemFacts.of(shown, now, java.time.Duration.between(shownAt, now)));
        }
    }

    private void startCountdown(long seconds) {
        secondsLeft = seconds;
        countdown.set(countdownText());
        if (ticker == null) {
            ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
            ticker.setCycleCount(Timeline.INDEFINITE);
        }
        ticker.playFromStart();
    }

    private void tick() {
        secondsLeft--;
        if (secondsLeft > 0) {
            countdown.set(countdownText());
            return;
        }
        stopCountdown();
        retryPublish();
    }

    private String countdownText() {
        return Texts.get("recovery.countdown", LocalTimes.span(java.time.Duration.ofSeconds(secondsLeft)));
    }

    /** Seconds until the automatic retry of a rate limit; 0 when none is counting down. */
    public long secondsUntilRetry() {
        return countdown.get().isEmpty() ? 0 : secondsLeft;
    }

    /** Stops the countdown (the user chose a fix, or the problem was resolved). */
    public void stopCountdown() {
        if (ticker != null) {
            ticker.stop();
        }
        countdown.set("");
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public StringProperty titleProperty() { return title; }
    /** The kind of the problem shown (its code name is for the details and the command line). */
    public javafx.beans.property.ObjectProperty<ProblemKind> kindProperty() { return kind; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty outcomeProperty() { return outcome; }
    public StringProperty countdownProperty() { return countdown; }
    public BooleanProperty runningProperty() { return running; }
    public BooleanProperty resolvedProperty() { return resolved; }
    public BooleanProperty canRetryProperty() { return canRetry; }
    public ObservableList<ProblemFacts.Fact> facts() { return facts; }
    public ObservableList<ActionItem> actions() { return actions; }

    /** The facts as "label: value" lines, for tests and copying. */
    public List<String> factLines() {
        return facts.stream().map(f -> f.label() + ": " + f.value()).toList();
    }

    public OpenProblem opened() {
        return opened;
    }

    /** A fact of the problem shown, e.g. {@code holder}; null when absent. */
    public String fact(String key) {
        return session != null ? session.problem().facts().get(key) : opened == null ? null : opened.problem().facts().get(key);
    }
}
