package dev.lineup.ui.mainwindow;

import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.ScreenshotHook;
import dev.lineup.ui.common.Snapshots;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.common.Theme;
import dev.lineup.ui.layouteditor.GroupItem;
import dev.lineup.ui.layouteditor.GuidePanelViewModel;
import dev.lineup.ui.layouteditor.LayoutEditorViewModel;
import dev.lineup.ui.layouteditor.SourceBrowserViewModel;
import dev.lineup.ui.publish.PublishViewModel;
import dev.lineup.ui.recovery.RecoveryWindow;
import dev.lineup.ui.sources.SourcesViewModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a PNG of the first-start dialog and of each main screen of the real app (for the README), then
 * exits. Driven through the view models, the way a user's clicks would set them; waits for background
 * tasks between shots. Not shipped: {@code src/bench/screenshots.sh} puts it on the class path, and the
 * app finds it as its {@link ScreenshotHook}.
 */
public final class ScreenshotTour implements ScreenshotHook {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    private final Path dir = Path.of(System.getProperty(PROPERTY, "docs/screenshots"));
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private WindowParts window;
    private Scene scene;
    private Stage stage;
    private SimulatedOtherInstallation otherInstallation;
    /**
     * This run started on an empty data directory to show the first-start dialog: it quits after that. Static:
     * the app finds the tour anew (a new instance) for the dialog and for the main window.
     */
    private static volatile boolean setupRun;

    @Override
    public void setupShown(Dialog<?> dialog, Runnable accept) {
        setupRun = true;
        PauseTransition wait = new PauseTransition(Duration.millis(800));
        wait.setOnFinished(e -> {
            Scene dialogScene = dialog.getDialogPane().getScene();
            Snapshots.save(dialogScene, dir.resolve("first-start-setup.png"));
            Theme dark = new Theme();
            dark.darkProperty().set(true);
            dialog.getDialogPane().getStylesheets().setAll(dark.stylesheets());
            PauseTransition styled = new PauseTransition(Duration.millis(400));
            styled.setOnFinished(f -> {
                Snapshots.save(dialogScene, dir.resolve("first-start-setup-dark.png"));
                accept.run();
            });
            styled.play();
        });
        wait.play();
    }

    @Override
    public void mainWindowShown(Stage stage, Scene scene, WindowParts parts) {
        this.stage = stage;
        this.scene = scene;
        this.window = parts;
        if (setupRun) {
            steps.add(() -> { });
            next();
            return;
        }
        maximize(stage);
        MainWindowViewModel main = window.get(MainWindowViewModel.class);
        LayoutEditorViewModel editor = window.get(LayoutEditorViewModel.class);
        SourceBrowserViewModel browser = window.get(SourceBrowserViewModel.class);
        GuidePanelViewModel guide = window.get(GuidePanelViewModel.class);
        SourcesViewModel sources = window.get(SourcesViewModel.class);
        steps.add(() -> {
            main.screenProperty().set(Screen.LAYOUTS);
            browser.queryProperty().set("harbour");
            editor.groups().stream().filter(g -> !g.isAll()).findFirst().ifPresent(editor.selectedGroupProperty()::set);
        });
        shots("layout-editor");
        steps.add(() -> {
            browser.queryProperty().set("");
            editor.queryProperty().set("harbour");
        });
        // A mapped channel shows its programmes; else the first one shows its suggestions.
        steps.add(() -> editor.rowsProperty().get().stream().filter(r -> r.channel().guideChannel() != null)
                .findFirst().or(() -> editor.rowsProperty().get().stream().findFirst())
                .ifPresent(editor.currentRowProperty()::set));
        steps.add(() -> guide.queryProperty().set("harbour"));
        shots("guide-mapping");
        steps.add(() -> {
            // As a user's new search: the channel mapped above is filtered out, so nothing is current.
            editor.currentRowProperty().set(null);
            guide.queryProperty().set("");
            editor.selectedGroupProperty().set(GroupItem.ALL);
            editor.queryProperty().set("hd");
            editor.missingGuideProperty().set(true);
        });
        shots("layout-editor-filtered");
        steps.add(() -> main.screenProperty().set(Screen.SOURCES));
        steps.add(() -> sources.refresh("Sample"));
        shots("sources");
        steps.add(() -> main.screenProperty().set(Screen.SETTINGS));
        shots("settings");
        steps.add(() -> main.screenProperty().set(Screen.TOOLS));
        shots("tools");
        PublishViewModel publish = window.get(PublishViewModel.class);
        steps.add(() -> main.screenProperty().set(Screen.PUBLISH));
        steps.add(() -> {
            if (publish.selectedProperty().get() != null) {
                publish.publishNow();
            }
        });
        shots("publish");
        TaskExecutor tasks = window.get(TaskExecutor.class);
        // Taking the lease reads the database and writes to the target: off the UI thread, as every task.
        steps.add(() -> {
            String target = publish.selectedProperty().get().stateProperty().get().target();
            tasks.run("Simulating another installation", ctx -> new SimulatedOtherInstallation(
                            window.get(dev.lineup.service.publish.PublishService.class), target))
                    .onSuccess(other -> {
                        otherInstallation = other;
                        publish.publishNow();
                    })
                    .onError(Exception.class, e -> LOG.error("cannot simulate a held lease for the screenshot: {}",
                            e.getMessage()))
                    .start();
        });
        RecoveryWindow wizard = window.get(RecoveryWindow.class);
        shots("recovery-lease-held", () -> wizard.stage() != null && wizard.stage().isShowing()
                ? wizard.stage().getScene() : null);
        steps.add(() -> {
            if (wizard.stage() != null && wizard.stage().isShowing()) {
                wizard.stage().hide();
            }
            SimulatedOtherInstallation other = otherInstallation;
            if (other != null) {
                tasks.run("Releasing the simulated lease", ctx -> {
                    other.close();
                    return null;
                }).start();
            }
        });
        new ConnectTour().addSteps(steps, window, stage, this::shots);
        steps.add(() -> main.screenProperty().set(Screen.HISTORY));
        shots("history");
        next();
    }

    /** Runs the next step once no task runs and the scene had time to lay out. */
    private void next() {
        PauseTransition wait = new PauseTransition(Duration.millis(700));
        wait.setOnFinished(e -> {
            if (window.get(TaskMonitor.class).busyProperty().get()) {
                next();
                return;
            }
            Runnable step = steps.poll();
            if (step == null) {
                LOG.info("screenshots saved in {}", dir);
                stage.hide();
                Platform.exit();
                return;
            }
            step.run();
            next();
        });
        wait.play();
    }

    /** The window as a user's maximized window on the virtual screen (Xvfb has no window manager to do it). */
    private static void maximize(Stage stage) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
    }

    /** Saves the main window as {@code name.png} in the light theme, then as {@code name-dark.png} in the dark one. */
    private void shots(String name) {
        shots(name, () -> scene);
    }

    /** As {@link #shots(String)}, for the scene {@code of} gives (null when it is not showing: no shot). */
    private void shots(String name, Supplier<Scene> of) {
        Theme theme = window.get(Theme.class);
        steps.add(() -> {
            save(of.get(), name + ".png");
            theme.darkProperty().set(true);
        });
        steps.add(() -> {
            save(of.get(), name + "-dark.png");
            theme.darkProperty().set(false);
        });
    }

    private void save(Scene s, String file) {
        if (s == null) {
            LOG.error("no window to save as {}: it is not showing", file);
            return;
        }
        Snapshots.save(s, dir.resolve(file));
    }
}
