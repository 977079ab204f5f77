package dev.lineup.app;

/** Starts the desktop app; kept apart from {@link Main} so the CLI path never loads a JavaFX class. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch() {
        javafx.application.Application.launch(dev.lineup.ui.mainwindow.LineupApp.class);
    }
}
