package dev.lineup.ui.common;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The one error window of the app, reused for every error; shows the latest. UI thread only. */
public final class ErrorWindow {
    private final ErrorViewModel vm = new ErrorViewModel();
    private final Theme theme;
    private Stage stage;
    private Window owner;

    public ErrorWindow(Theme theme) {
        this.theme = theme;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public void show(String title, Throwable error) {
        vm.set(title, error);
        if (stage == null) {
            Fxml.View<ErrorController> v = Fxml.load(ErrorWindow.class, "error.fxml",
                    new ControllerFactory().register(ErrorViewModel.class, vm));
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
                stage.initModality(Modality.WINDOW_MODAL);
            }
            stage.setTitle(Texts.get("error.title"));
            Scene scene = new Scene(v.root(), 640, 420);
            theme.attach(scene);
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    public ErrorViewModel viewModel() {
        return vm;
    }
}
