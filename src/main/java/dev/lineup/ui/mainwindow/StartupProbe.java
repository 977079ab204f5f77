package dev.lineup.ui.mainwindow;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code -Dlineup.startupProbe=true}: prints to stderr, from the process's start,
 * {@code lineup: first window "TITLE" after N ms} once the window has drawn its first frame (the
 * opening view), then {@code lineup: main window "TITLE" after N ms} once the main window's screens have
 * drawn theirs, and quits. The start-up benchmark measures with it, and the installer build's AppCDS
 * training run uses it to load what the desktop app loads.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    /** After the window first showed. */
    static void firstFrame(Stage stage) {
        afterPulse(() -> report("first window", stage));
    }

    /** After the main window was built into the window: reports, then quits. */
    static void reportAndQuit(Stage stage) {
        afterPulse(() -> {
            report("main window", stage);
            Platform.runLater(() -> {
                stage.close();
                Platform.exit();
            });
        });
    }

    // What the user sees: the scene laid out and rendered once.
    private static void afterPulse(Runnable r) {
        OpeningView.afterFrame(r);
    }

    private static void report(String what, Stage stage) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long ms = Duration.between(started, Instant.now()).toMillis();
        System.err.printf("lineup: %s \"%s\" after %d ms%n", what, stage.getTitle(), ms);
    }
}
