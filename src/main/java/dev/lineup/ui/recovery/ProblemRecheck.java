package dev.lineup.ui.recovery;

import dev.lineup.service.publish.LockService;
import dev.lineup.sync.ProblemKind;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * Looks again, in the background, whether the status bar's problem still holds, and clears it when it no longer
 * does: "Another computer is publishing" goes away once the other computer released its lock or the lock went
 * stale, without waiting for the next publish. Called when the app regains focus, when the wizard closes and
 * every {@link #PERIOD}. Only a lease held elsewhere can be looked at without publishing; other problems stay
 * until a publish or a fix shows them gone. UI thread only.
 */
public final class ProblemRecheck {
    /** A modest interval: one look at the folder's lock a minute while a problem shows, none otherwise. */
    static final javafx.util.Duration PERIOD = javafx.util.Duration.minutes(1);

    private final ProblemCenter center;
    private final LockService locks;
    private final TaskExecutor tasks;
    /** Made on {@link #startPeriodic}: a view-model test needs no animation toolkit. */
    private Timeline timer;
    private boolean looking;

    public ProblemRecheck(ProblemCenter center, LockService locks, TaskExecutor tasks) {
        this.center = center;
        this.locks = locks;
        this.tasks = tasks;
    }

    /** Looks at the target of the status bar's problem now, unless a look is under way or nothing can be looked at. */
    public void recheck() {
        OpenProblem shown = center.latestProperty().get();
        if (looking || shown == null || shown.target() == null || shown.problem().kind() != ProblemKind.LEASE_HELD) {
            return;
        }
        looking = true;
        tasks.run(Texts.get("recovery.task.recheck", shown.target()), ctx -> locks.heldByAnother(shown.target()))
                .onSuccess(held -> {
                    looking = false;
                    if (!held) {
                        center.noLongerHolds(shown);
                    }
                })
                // The folder could not be looked at (offline, signed out): say nothing new, keep the problem shown.
                .onError(Exception.class, e -> looking = false)
                .start();
    }

    /** Looks again every {@link #PERIOD} until {@link #stop}. */
    public void startPeriodic() {
        if (timer == null) {
            timer = new Timeline(new KeyFrame(PERIOD, e -> recheck()));
            timer.setCycleCount(Timeline.INDEFINITE);
        }
        timer.play();
    }

    /** The window closed: a running timeline would keep the app's screens alive. */
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }
}
