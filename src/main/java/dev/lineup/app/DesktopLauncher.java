package dev.lineup.app;

import dev.lineup.ui.mainwindow.LineupApp;

/** Starts the desktop app; kept apart from {@link Main} so the CLI path never loads a JavaFX class. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch() {
        LineupApp.configure(DesktopServices.defaultDataDir());
        javafx.application.Application.launch(LineupApp.class);
    }
}
