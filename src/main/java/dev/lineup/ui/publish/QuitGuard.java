package dev.lineup.ui.publish;

import dev.lineup.ui.common.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Asks before the main window closes while a publish runs: continue publishing (the window stays), or
 * cancel it and quit once it stopped, which releases the lease so no other installation finds a stale lock.
 */
public final class QuitGuard {
    public static final ButtonType CONTINUE = new ButtonType("Continue publishing", ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType CANCEL_AND_QUIT = new ButtonType("Cancel publish and quit", ButtonBar.ButtonData.OK_DONE);

    private QuitGuard() {
    }

    public static void install(Stage stage, PublishViewModel publish, Theme theme) {
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!publish.busyProperty().get()) {
                return;
            }
            e.consume();
            // Honest about both endings: a publish stopped after replacing files keeps its lock on purpose
            // (other installations see an unfinished publish, not a folder mixing two generations).
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "A publish is running. Quitting now cancels it at "
                    + "the next step; the lock on the target folder is released first, unless files were already "
                    + "replaced: then it stays until the next publish completes the folder.", CONTINUE,
                    CANCEL_AND_QUIT);
            ask.setTitle("Publishing");
            ask.setHeaderText("Quit while publishing?");
            ask.initOwner(stage);
            ask.getDialogPane().getStylesheets().setAll(theme.stylesheets());
            if (ask.showAndWait().filter(b -> b == CANCEL_AND_QUIT).isPresent()) {
                publish.cancelAll(stage::hide);
            }
        });
    }
}
