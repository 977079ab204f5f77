package dev.lineup.app;

import dev.lineup.ui.mainwindow.LineupApp;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Starts the desktop app; kept apart from {@link Main} so the CLI path never loads a JavaFX class. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch() {
        try {
            LineupApp.configure(DesktopServices.create(DesktopServices.defaultDataDir()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory: " + e.getMessage(), e);
        }
        javafx.application.Application.launch(LineupApp.class);
    }
}
