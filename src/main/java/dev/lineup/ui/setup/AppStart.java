package dev.lineup.ui.setup;

import dev.lineup.service.workspace.AlreadyRunningException;
import dev.lineup.service.AppServices;
import dev.lineup.service.DesktopServices;
import dev.lineup.service.FirstRun;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.task.TaskContext;
import dev.lineup.ui.common.ScreenshotHook;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the desktop app starts: own and open the data directory off the UI thread; if another Lineup owns
 * it, say so ("already running (pid, since)") and quit; show what the integrity check repaired; on
 * first start ask for the installation's name, role and publish folder and add the bundled sample;
 * then hand the services to {@code ready}. {@code onQuit} runs when the app must stop instead.
 */
public final class AppStart {
    private static final Logger LOG = LoggerFactory.getLogger(AppStart.class);
    private final Stage stage;
    private final Path dataDir;
    private final Clock clock;
    private final Theme theme = new Theme();
    private final Consumer<AppServices> ready;
    private final Runnable onQuit;

    private EarlyOpen opening;

    public AppStart(Stage stage, Path dataDir, Clock clock, Consumer<AppServices> ready, Runnable onQuit) {
        this.stage = stage;
        this.dataDir = dataDir;
        this.clock = clock;
        this.ready = ready;
        this.onQuit = onQuit;
    }

    /** Starts over an opening begun earlier (see {@link EarlyOpen}), made with the same clock. */
    public AppStart(Stage stage, EarlyOpen opening, Clock clock, Consumer<AppServices> ready, Runnable onQuit) {
        this(stage, opening.dataDir(), clock, ready, onQuit);
        this.opening = opening;
    }

    /** Starts; returns at once (call on the UI thread). */
    public void begin() {
        EarlyOpen o = opening != null ? opening : EarlyOpen.start(dataDir, clock);
        o.done().whenComplete((opened, e) -> {
            if (e != null) {
                failed(e);
            } else {
                Platform.runLater(() -> opened(opened));
            }
        });
    }

    private void opened(EarlyOpen.Opened o) {
        for (String n : o.notices()) {
            alert(Alert.AlertType.WARNING, Texts.get("setup.repaired"), n);
        }
        Workspace ws = o.workspace();
        if (!o.needsSetup()) {
            ready.accept(o.services());
            return;
        }
        SetupViewModel vm = new SetupViewModel(System.getProperty("lineup.installationName", hostName()),
                FirstRun.defaultOutputFolder(ws.dataDir()));
        Optional<ScreenshotHook> tour = ScreenshotHook.requested();
        if (tour.isPresent()) {
            // The tour saves the dialog as a new user sees it, then accepts it as filled in.
            javafx.scene.control.Dialog<ButtonType> d = SetupDialog.build(vm, theme);
            d.show();
            tour.get().setupShown(d, () -> {
                d.close();
                answered(ws, Optional.of(vm.answer()));
            });
            return;
        }
        Optional<SetupViewModel.Answer> a = SetupDialog.ask(vm, theme);
        answered(ws, a);
    }

    private void answered(Workspace ws, Optional<SetupViewModel.Answer> a) {
        if (a.isEmpty()) {
            closeQuietly(ws);
            onQuit.run();
            return;
        }
        Stage wait = progressWindow();
        background("lineup-setup", () -> {
            DesktopServices.setUp(ws, a.get().name(), a.get().role(), a.get().outputFolder(),
                    TaskContext.detached(Texts.get("setup.task.first-start")));
            Platform.runLater(() -> {
                wait.hide();
                finish(ws);
            });
        });
    }

    private void finish(Workspace ws) {
        background("lineup-services", () -> {
            AppServices s = DesktopServices.create(ws, clock);
            Platform.runLater(() -> ready.accept(s));
        });
    }

    private Stage progressWindow() {
        ProgressIndicator p = new ProgressIndicator();
        VBox box = new VBox(12, new Label(Texts.get("setup.adding-sample")), p);
        box.setStyle("-fx-padding: 24; -fx-alignment: center");
        Stage s = new Stage();
        s.initOwner(stage.getOwner());
        s.setTitle(Texts.get("setup.app-name"));
        dev.lineup.ui.common.AppIcon.apply(s);
        javafx.scene.Scene scene = new javafx.scene.Scene(box, 360, 140);
        theme.attach(scene);
        s.setScene(scene);
        s.show();
        return s;
    }

    /** Work that may fail: failures are shown, and the app quits (it cannot run without its data). */
    private void background(String name, Step step) {
        Thread t = new Thread(() -> {
            try {
                step.run();
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    private void failed(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof AlreadyRunningException) {
            Platform.runLater(() -> fail(Texts.get("setup.already-running"), Texts.get("setup.already-running.fix",
                    dev.lineup.ui.common.Words.localTimesIn(cause.getMessage(), java.time.Instant.now()))));
            return;
        }
        LOG.error("start failed", cause);
        Platform.runLater(() -> fail(Texts.get("setup.cannot-start"),
                Texts.get("setup.cannot-start.why", dataDir, cause.getMessage())));
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private void fail(String title, String text) {
        alert(Alert.AlertType.ERROR, title, text);
        onQuit.run();
    }

    private void alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setId("startAlert");
        a.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        dev.lineup.ui.common.AppIcon.apply((Stage) a.getDialogPane().getScene().getWindow());
        a.showAndWait();
    }

    static void closeQuietly(Workspace ws) {
        try {
            ws.close();
        } catch (IOException e) {
            LOG.warn("closing the data directory failed: {}", e.getMessage());
        }
    }

    private static String hostName() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            h = System.getenv("COMPUTERNAME");
        }
        return h == null || h.isBlank() ? Texts.get("setup.this-computer") : h;
    }
}
