package dev.lineup.ui.recovery;

import dev.lineup.ui.common.ControllerFactory;
import dev.lineup.ui.common.Fxml;
import dev.lineup.ui.common.Theme;
import dev.lineup.sync.ProblemKind;
import dev.lineup.ui.common.Texts;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The recovery wizard's window: one, reused, showing the latest problem opened. UI thread only. */
public final class RecoveryWindow {
    private final RecoveryViewModel vm;
    private final ControllerFactory factory;
    private final Theme theme;
    private Window owner;
    private Stage stage;
    private Runnable onClosed = () -> { };

    public RecoveryWindow(RecoveryViewModel vm, ControllerFactory factory, Theme theme) {
        this.vm = vm;
        this.factory = factory;
        this.theme = theme;
    }

    /** Runs each time the wizard's window closes (the status bar then looks whether its problem still holds). */
    public void setOnClosed(Runnable r) {
        onClosed = r;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /**
     * Shows the wizard for {@code p}. A rate limit is not a problem to fix: it is retried by itself, so unless the
     * wizard is already open it only counts down in the status bar (which opens the wizard when clicked).
     */
    public void open(OpenProblem p) {
        if (p.problem().kind() == ProblemKind.RATE_LIMITED && (stage == null || !stage.isShowing())
                && !p.equals(vm.opened())) {
            vm.open(p);
            return;
        }
        show(p);
    }

    private void show(OpenProblem p) {
        if (stage == null) {
            Fxml.View<RecoveryController> v = Fxml.load(RecoveryWindow.class, "recovery.fxml", factory);
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle(Texts.get("recovery.window"));
            Scene scene = new Scene(v.root(), 660, 720);
            theme.attach(scene);
            stage.setScene(scene);
            // The facts' ages tick while the wizard shows ("heartbeat 4 s ago" moves on).
            Timeline clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> vm.tickFacts()));
            clock.setCycleCount(Timeline.INDEFINITE);
            stage.setOnShown(e -> clock.play());
            stage.setOnHidden(e -> {
                clock.stop();
                onClosed.run();
                // A rate limit keeps counting down in the status bar; other countdowns end with the wizard.
                if (vm.kindProperty().get() != ProblemKind.RATE_LIMITED) {
                    vm.stopCountdown();
                }
            });
        }
        if (!(p.equals(vm.opened()) && vm.secondsUntilRetry() > 0)) {
            vm.open(p); // a rate limit counting down goes on counting: the status bar opened the wizard on it
        }
        stage.show();
        stage.toFront();
    }

    /** The wizard's window once opened, for tests and the screenshot tour; null before. */
    public Stage stage() {
        return stage;
    }
}
