package dev.lineup.ui.mainwindow;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop app's JavaFX application class. */
public class LineupApp extends Application {
    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Lineup"));
        stage.setTitle("Lineup");
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }
}
