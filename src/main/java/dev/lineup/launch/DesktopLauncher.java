package dev.lineup.launch;

import dev.lineup.service.common.AppInfo;
import dev.lineup.service.workspace.DataDirectory;
import dev.lineup.files.IoThreadGuard;
import dev.lineup.ui.mainwindow.LineupApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the desktop app; kept apart from {@link Main} so the CLI path never loads a JavaFX class. */
final class DesktopLauncher {
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private DesktopLauncher() {
    }

    /** Opens the app on {@code dataDirOption} ({@code --data-dir}), else {@code -Dlineup.dataDir}, else the default. */
    static void launch(Path dataDirOption) {
        String prop = System.getProperty("lineup.dataDir");
        Path override = dataDirOption != null ? dataDirOption : prop != null && !prop.isBlank() ? Path.of(prop) : null;
        Path dataDir = DataDirectory.resolve(override);
        logToFile(dataDir);
        LineupApp.configure(dataDir);
        // I/O on the FX thread freezes the window: logged (once per place) so it gets fixed, never fatal here.
        IoThreadGuard.install(javafx.application.Platform::isFxApplicationThread, IoThreadGuard.Policy.LOG);
        javafx.application.Application.launch(LineupApp.class);
    }

    /**
     * A window started from a desktop icon has no console: its log goes to {@code DATA/logs/lineup.log}
     * (this run's; the previous run's is kept as {@code lineup.log.1}) at level info, for the error window's
     * "what happened before". Must run before the first logger is created, which reads these properties.
     */
    private static void logToFile(Path dataDir) {
        if (System.getProperty(LOG_FILE) != null) {
            return;
        }
        try {
            Path log = AppInfo.logFile(dataDir);
            Path logs = Files.createDirectories(log.getParent());
            if (Files.exists(log)) {
                Files.move(log, logs.resolve("lineup.log.1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            System.setProperty(LOG_FILE, log.toString());
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                    System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "info"));
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        } catch (IOException e) {
            System.err.println("lineup: cannot write a log in " + dataDir + " (" + e.getMessage() + "); logging to the console");
        }
    }
}
