package dev.lineup.ui.common;

import java.util.Optional;
import java.util.ServiceLoader;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;

/**
 * Where the README's screenshot tour plugs into the real app. The tour itself is not shipped: it lives in
 * the test sources and is on the class path only when {@code src/bench/screenshots.sh} starts the app with
 * {@code -Dlineup.screenshots=DIR}; without it the app starts as usual.
 */
public interface ScreenshotHook {
    /** The system property naming the folder the tour saves its PNGs into. */
    String PROPERTY = "lineup.screenshots";

    /** The parts of the built main window, by type (its view models, task executor, theme, …). */
    interface WindowParts {
        <T> T get(Class<T> type);
    }

    /** The first-start setup dialog is showing as a new user sees it; the tour saves it, then runs {@code accept}. */
    void setupShown(Dialog<?> dialog, Runnable accept);

    /** The main window was built on {@code stage}; the tour drives its screens, saves each, then quits. */
    void mainWindowShown(Stage stage, Scene scene, WindowParts parts);

    /** The tour, when {@link #PROPERTY} asks for one and it is on the class path. */
    static Optional<ScreenshotHook> requested() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Optional<ScreenshotHook> tour = ServiceLoader.load(ScreenshotHook.class).findFirst();
        if (tour.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(ScreenshotHook.class).warn("-D{} is set but the screenshot tour is not "
                    + "on the class path (it is not shipped; run src/bench/screenshots.sh)", PROPERTY);
        }
        return tour;
    }
}
