package dev.lineup.ui.mainwindow;

import dev.lineup.ui.common.AppIcon;
import dev.lineup.ui.common.Theme;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * What the main window shows for the moment between appearing and having its screens built: the
 * window's real title and icon, and "Opening Lineup…". A few plain nodes, so the first frame is quick.
 */
final class OpeningView {
    private OpeningView() {
    }

    /** Gives {@code stage} (placed, not yet showing) the opening view and shows it. UI thread. */
    static void show(Stage stage, String title) {
        Label text = new Label("Opening Lineup…");
        text.setId("openingText");
        StackPane root = new StackPane(text);
        root.getStyleClass().add("opening");
        Scene scene = new Scene(root);
        new Theme().attach(scene);
        stage.setTitle(title);
        AppIcon.apply(stage);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Runs {@code then} (UI thread, inside a pulse: keep it short) once what the window shows now has been
     * laid out and handed to the renderer: at the second animation pulse from now, as the first one still
     * lays out what changed before it. Heavier work must not run earlier, or it holds that frame back.
     */
    static void afterFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
