package dev.lineup.ui.mainwindow;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code -Dlineup.startupProbe=true}: once the main window has drawn its first frame, prints
 * {@code lineup: first window "TITLE" after N ms} (from the process's start) to stderr and quits. The
 * start-up benchmark measures with it, and the installer build's AppCDS training run uses it to load
 * what the desktop app loads.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void reportAndQuit(Stage stage) {
        // A pulse later the scene has been laid out and rendered once: what the user sees.
        Platform.runLater(() -> Platform.runLater(() -> {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            long ms = Duration.between(started, Instant.now()).toMillis();
            System.err.printf("lineup: first window \"%s\" after %d ms%n", stage.getTitle(), ms);
            stage.close();
            Platform.exit();
        }));
    }
}
