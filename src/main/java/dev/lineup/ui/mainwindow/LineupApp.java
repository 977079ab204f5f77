package dev.lineup.ui.mainwindow;

import dev.lineup.app.AppServices;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app's JavaFX application class. JavaFX creates it, so its services are handed over
 * through {@link #configure} before launch. With {@code -Dlineup.screenshots=DIR} it saves a PNG of
 * each main screen into DIR and exits.
 */
public class LineupApp extends Application {
    private static volatile AppServices services;

    public static void configure(AppServices s) {
        services = s;
    }

    @Override
    public void start(Stage stage) {
        if (services == null) {
            throw new IllegalStateException("LineupApp.configure was not called before launch");
        }
        services.publish().setBrowser(getHostServices()::showDocument);
        MainWindow window = new MainWindow(services, stage);
        stage.show();
        String shots = System.getProperty("lineup.screenshots");
        if (shots != null && !shots.isBlank()) {
            new ScreenshotTour(window, stage, Path.of(shots)).start();
        }
    }

    /** Lets queued work (the last save of the open layout) finish before the JVM exits. */
    @Override
    public void stop() throws InterruptedException {
        if (services != null) {
            services.executor().shutdown();
            if (!services.executor().awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)) {
                services.executor().shutdownNow();
            }
            services.publish().close();
        }
    }
}
