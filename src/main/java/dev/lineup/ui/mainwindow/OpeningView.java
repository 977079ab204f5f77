package dev.lineup.ui.mainwindow;

import dev.lineup.ui.common.AppIcon;
import dev.lineup.ui.common.Texts;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * What the main window shows for the moment between appearing and having its screens built: the
 * window's real title and icon, and "Opening Lineup…". Two plain nodes, so the first frame is quick.
 */
final class OpeningView {
    private OpeningView() {
    }

    /** Gives {@code stage} (placed, not yet showing) the opening view and shows it. UI thread. */
    static void show(Stage stage, String title) {
        // A Text, no control and no style sheet: controls load JavaFX's whole default style sheet, which
        // the main window needs anyway but this first frame does not. The colours are the light theme's.
        Text text = new Text(Texts.get("window.opening"));
        text.setId("openingText");
        text.setFont(Font.font(15));
        text.setFill(Color.web("#5f6b73"));
        Scene scene = new Scene(new StackPane(text), Color.web("#f4f5f6"));
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
