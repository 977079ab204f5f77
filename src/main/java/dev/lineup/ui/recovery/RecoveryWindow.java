package dev.lineup.ui.recovery;

import dev.lineup.ui.common.ControllerFactory;
import dev.lineup.ui.common.Fxml;
import dev.lineup.ui.common.Theme;
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

    public RecoveryWindow(RecoveryViewModel vm, ControllerFactory factory, Theme theme) {
        this.vm = vm;
        this.factory = factory;
        this.theme = theme;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public void open(OpenProblem p) {
        if (stage == null) {
            Fxml.View<RecoveryController> v = Fxml.load(RecoveryWindow.class, "recovery.fxml", factory);
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle("Lineup — fix a publish problem");
            Scene scene = new Scene(v.root(), 660, 720);
            theme.attach(scene);
            stage.setScene(scene);
            stage.setOnHidden(e -> vm.stopCountdown());
        }
        vm.open(p);
        stage.show();
        stage.toFront();
    }

    /** The wizard's window once opened, for tests and the screenshot tour; null before. */
    public Stage stage() {
        return stage;
    }
}
