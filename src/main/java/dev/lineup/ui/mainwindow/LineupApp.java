package dev.lineup.ui.mainwindow;

import dev.lineup.service.AppServices;
import dev.lineup.ui.common.AppIcon;
import dev.lineup.ui.setup.AppStart;
import dev.lineup.ui.setup.EarlyOpen;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Application;
import dev.lineup.ui.common.ScreenshotHook;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's JavaFX application class. JavaFX creates it, so its data directory (or, for
 * benchmarks, ready services) is handed over through {@link #configure} before launch. With
 * {@code -Dlineup.screenshots=DIR} it saves a PNG of each main screen into DIR and exits; with
 * {@code -Dlineup.startupProbe=true} it says how long the first window took, and quits.
 */
public class LineupApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(LineupApp.class);
    private static volatile AppServices preset;
    private static volatile EarlyOpen opening;
    private volatile AppServices services;

    public static void configure(AppServices s) {
        preset = s;
    }

    /** The data directory to open; opening it starts now, alongside the window toolkit's start. */
    public static void configure(Path dir) {
        opening = EarlyOpen.start(dir, Clock.systemDefaultZone());
    }

    @Override
    public void start(Stage stage) {
        AppIcon.preload();
        if (preset != null) {
            show(preset, stage);
            return;
        }
        if (opening == null) {
            throw new IllegalStateException("LineupApp.configure was not called before launch");
        }
        // Between the setup dialog and the main window no window may show: that must not end the app.
        Platform.setImplicitExit(false);
        new AppStart(stage, opening, Clock.systemDefaultZone(), s -> show(s, stage), Platform::exit).begin();
    }

    /** Reads the remembered window placement off the UI thread, then opens the window there. */
    private void show(AppServices s, Stage stage) {
        services = s;
        s.executor().execute(() -> {
            String saved = "";
            try {
                saved = s.settings().windowPlacement();
            } catch (RuntimeException e) {
                LOG.warn("the window's last placement cannot be read, opening centred: {}", e.getMessage());
            }
            String placement = saved;
            Platform.runLater(() -> open(s, stage, placement));
        });
    }

    private void open(AppServices s, Stage stage, String placement) {
        s.targets().setBrowser(getHostServices()::showDocument);
        open(s, stage, placement, window -> {
            window.get(MainWindowViewModel.class).setOpener(getHostServices()::showDocument);
            if (Boolean.getBoolean("lineup.startupProbe")) {
                StartupProbe.reportAndQuit(stage);
                return;
            }
            ScreenshotHook.requested().ifPresent(tour -> tour.mainWindowShown(stage, window.scene(), window::get));
        });
    }

    /**
     * Shows the window at once, at its remembered place, with a plain "Opening…" view; the main window's
     * controls are built into it right after that first frame (they take most of the start-up time), then
     * handed to {@code built}. Not built if the user closed the window meanwhile. UI thread.
     */
    static void open(AppServices s, Stage stage, String placement, Consumer<MainWindow> built) {
        // Saved by the background executor, which the app's stop() lets finish before closing the database.
        WindowPlacer.place(stage, placement, p -> s.executor().execute(() -> s.settings().saveWindowPlacement(p)));
        OpeningView.show(stage, MainWindowViewModel.titleFor(s.installation().name()));
        Platform.setImplicitExit(true);
        if (Boolean.getBoolean("lineup.startupProbe")) {
            StartupProbe.firstFrame(stage);
        }
        OpeningView.afterFrame(() -> Platform.runLater(() -> {
            if (stage.isShowing()) {
                built.accept(new MainWindow(s, stage));
            }
        }));
    }

    /** Lets queued work (the last save of the open layout) finish, then releases the data directory. */
    @Override
    public void stop() throws InterruptedException {
        AppServices s = services;
        if (s != null) {
            shutdown(s);
        }
    }

    /** Stops the schedule, waits for background work, closes the database and the instance lock. */
    public static void shutdown(AppServices s) throws InterruptedException {
        s.scheduler().close();
        s.executor().shutdown();
        if (!s.executor().awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)) {
            s.executor().shutdownNow();
        }
        // Publishing first: it may still hold a lease to release; the database closes with the workspace.
        s.publish().close();
        try {
            s.workspace().close();
        } catch (IOException e) {
            LOG.warn("closing the data directory failed: {}", e.getMessage());
        }
    }
}
