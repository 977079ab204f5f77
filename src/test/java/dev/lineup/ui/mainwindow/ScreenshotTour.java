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

    @Override
    public void setupShown(Dialog<?> dialog, Runnable accept) {
        PauseTransition wait = new PauseTransition(Duration.millis(800));
        wait.setOnFinished(e -> {
            Snapshots.save(dialog.getDialogPane().getScene(), dir.resolve("first-start-setup.png"));
            accept.run();
        });
        wait.play();
    }

    @Override
    public void mainWindowShown(Stage stage, Scene scene, WindowParts parts) {
        this.stage = stage;
        this.scene = scene;
        this.window = parts;
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
        steps.add(() -> shot("layout-editor"));
        steps.add(() -> {
            browser.queryProperty().set("");
            editor.queryProperty().set("harbour");
        });
        // A mapped channel shows its programmes; else the first one shows its suggestions.
        steps.add(() -> editor.rowsProperty().get().stream().filter(r -> r.channel().guideChannel() != null)
                .findFirst().or(() -> editor.rowsProperty().get().stream().findFirst())
                .ifPresent(editor.currentRowProperty()::set));
        steps.add(() -> guide.queryProperty().set("harbour"));
        steps.add(() -> shot("guide-mapping"));
        steps.add(() -> {
            editor.selectedGroupProperty().set(GroupItem.ALL);
            editor.queryProperty().set("hd");
            editor.missingGuideProperty().set(true);
        });
        steps.add(() -> shot("layout-editor-filtered"));
        steps.add(() -> main.screenProperty().set(Screen.SOURCES));
        steps.add(() -> sources.refresh("Sample"));
        steps.add(() -> shot("sources"));
        steps.add(() -> main.screenProperty().set(Screen.SETTINGS));
        steps.add(() -> shot("settings"));
        steps.add(() -> main.screenProperty().set(Screen.TOOLS));
        steps.add(() -> shot("tools"));
        PublishViewModel publish = window.get(PublishViewModel.class);
        steps.add(() -> main.screenProperty().set(Screen.PUBLISH));
        steps.add(() -> {
            if (publish.selectedProperty().get() != null) {
                publish.publishNow();
            }
        });
        steps.add(() -> shot("publish"));
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
        steps.add(() -> {
            RecoveryWindow wizard = window.get(RecoveryWindow.class);
            if (wizard.stage() != null && wizard.stage().isShowing()) {
                shot("recovery-lease-held", wizard.stage().getScene());
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
        steps.add(() -> main.screenProperty().set(Screen.HISTORY));
        steps.add(() -> shot("history"));
        steps.add(() -> {
            editor.queryProperty().set("");
            editor.missingGuideProperty().set(false);
            window.get(Theme.class).darkProperty().set(true);
            main.screenProperty().set(Screen.LAYOUTS);
        });
        steps.add(() -> shot("layout-editor-dark"));
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

    private void shot(String name) {
        Snapshots.save(scene, dir.resolve(name + ".png"));
    }

    private void shot(String name, Scene other) {
        Snapshots.save(other, dir.resolve(name + ".png"));
    }
}
