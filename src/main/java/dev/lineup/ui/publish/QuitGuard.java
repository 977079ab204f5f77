package dev.lineup.ui.publish;

import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Theme;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Asks before the main window closes while a publish runs: quit when it is done (the default: nothing is lost),
 * keep working (the window stays), or cancel it and quit once it stopped, which releases the lease so no other
 * installation finds a stale lock.
 */
public final class QuitGuard {
    public static final ButtonType QUIT_WHEN_DONE = new ButtonType(Texts.get("quit.whenDone"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CONTINUE = new ButtonType(Texts.get("quit.keepWorking"), ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType CANCEL_AND_QUIT = new ButtonType(Texts.get("quit.cancelAndQuit"), ButtonBar.ButtonData.OTHER);

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
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("quit.question"), QUIT_WHEN_DONE, CONTINUE,
                    CANCEL_AND_QUIT);
            ask.setTitle(Texts.get("quit.title"));
            ask.setHeaderText(Texts.get("quit.header"));
            ask.initOwner(stage);
            ask.getDialogPane().getStylesheets().setAll(theme.stylesheets());
            ((Button) ask.getDialogPane().lookupButton(QUIT_WHEN_DONE)).setDefaultButton(true);
            ((Button) ask.getDialogPane().lookupButton(CANCEL_AND_QUIT)).setDefaultButton(false);
            ButtonType answer = ask.showAndWait().orElse(CONTINUE);
            if (answer == CANCEL_AND_QUIT) {
                publish.cancelAll(stage::hide);
            } else if (answer == QUIT_WHEN_DONE) {
                quitWhenIdle(stage, publish);
            }
        });
    }

    /**
     * Closes the window once no publish runs or waits any more (queued publishes are finished too); a publish that
     * ended in a problem keeps the window open, so the user sees it and its ways out instead of finding out later.
     */
    private static void quitWhenIdle(Stage stage, PublishViewModel publish) {
        java.util.Set<PublishRow> failedBefore = failed(publish);
        ChangeListener<Boolean> whenIdle = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (!busy) {
                    publish.busyProperty().removeListener(this);
                    if (failedBefore.containsAll(failed(publish))) {
                        stage.hide();
                    }
                }
            }
        };
        publish.busyProperty().addListener(whenIdle);
        if (!publish.busyProperty().get()) {
            publish.busyProperty().removeListener(whenIdle);
            stage.hide();
        }
    }

    private static java.util.Set<PublishRow> failed(PublishViewModel publish) {
        java.util.Set<PublishRow> out = new java.util.HashSet<>();
        for (PublishRow r : publish.rows()) {
            if (r.activityProperty().get() != null && r.activityProperty().get().startsWith(Texts.get("publish.activity.failed"))) {
                out.add(r);
            }
        }
        return out;
    }
}
