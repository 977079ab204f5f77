package dev.lineup.ui;

import dev.lineup.model.Role;
import dev.lineup.task.TaskContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Installation;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.service.AppServices;
import dev.lineup.service.DesktopServices;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.layouteditor.LayoutEditorViewModel;
import dev.lineup.ui.mainwindow.MainWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop app over real services in a temporary data directory: a real database set up as on
 * first start (installation, the bundled sample playlist and guide as sources, refreshed), a logo cache
 * folder. Layouts: "A test" (empty groups Favourites and News, opened first) and "Sample" (every sample
 * channel by category, numbered, guides matched). The clock is fixed inside the sample guide's days.
 */
public final class UiFixture {
    /** Inside the sample guide (2026-11-15 to 2026-12-27). */
    public static final Instant NOW = Instant.parse("2026-11-20T20:10:00Z");
    public final AppServices services;
    public final MainWindow window;

    private UiFixture(AppServices services, MainWindow window) {
        this.services = services;
        this.window = window;
    }

    public static AppServices services(Path dataDir) throws IOException {
        return offFx(() -> {
            Workspace ws = DesktopServices.open(dataDir, n -> { });
            DesktopServices.setUp(ws, "Test PC", Role.PRIMARY, null, TaskContext.detached("test"));
            ws.store().layouts().save(new Layout("A test", LayoutOptions.DEFAULTS, List.of(
                    new LayoutGroup("Favourites", false, List.of()), new LayoutGroup("News", false, List.of()))));
            return DesktopServices.create(ws, Clock.fixed(NOW, ZoneOffset.UTC));
        });
    }

    /** The app over a data directory the test already set up (e.g. through the CLI), with extra environment. */
    public static AppServices servicesOver(Path dataDir, dev.lineup.service.common.Env env) throws IOException {
        return offFx(() -> DesktopServices.create(DesktopServices.open(dataDir, n -> { }),
                Clock.fixed(NOW, ZoneOffset.UTC), env));
    }

    /** Setup work a test needs before the window opens, done off the FX thread (see {@link FxIoGuard}). */
    @FunctionalInterface
    public interface Setup<T> {
        T run() throws IOException;
    }

    /**
     * Runs a test's arrangement (seeding the database, CLI runs) on a helper thread when called on the FX
     * thread, as {@code @Start} methods are: it stands for what happened before the app started, so the
     * FX-thread I/O guard must not count it. The FX thread waits for it; it needs no FX events.
     */
    public static <T> T offFx(Setup<T> setup) throws IOException {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            return setup.run();
        }
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(setup::run);
        Thread t = new Thread(task, "ui-test-setup");
        t.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("test setup interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("test setup failed", e.getCause());
        }
    }

    /** Stops the app's services and releases the database (call when the test is done). */
    public void close() throws InterruptedException {
        dev.lineup.ui.mainwindow.LineupApp.shutdown(services);
    }

    public static UiFixture start(Stage stage, Path dataDir) throws IOException {
        return start(stage, services(dataDir));
    }

    public static UiFixture start(Stage stage, AppServices s) {
        MainWindow w = new MainWindow(s, stage);
        stage.show();
        return new UiFixture(s, w);
    }

    /** Picks a layout in the editor's layout chooser, as a user does, and waits until it shows. */
    public void chooseLayout(org.testfx.api.FxRobot robot, String name) {
        robot.clickOn("#layoutChoice");
        // The popup's cell, not the source chooser that may show the same text in the main window.
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell
                && name.equals(((javafx.scene.control.ListCell<?>) n).getText())
                && n.getScene() != window.scene()).queryAs(javafx.scene.Node.class));
        waitForLayout(name);
    }

    public LayoutEditorViewModel editor() {
        return window.get(LayoutEditorViewModel.class);
    }

    /** Waits until no background task runs and {@code condition} holds (checked on the FX thread). */
    public void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    !window.get(TaskMonitor.class).busyProperty().get() && condition.call()).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached within 10 s; editor says: "
                    + editor().messageProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * As {@link #waitUntil}, for a condition that reads the database: checked on the test thread, since
     * the FX thread must not do I/O (see {@link FxIoGuard}).
     */
    public void waitUntilStored(Callable<Boolean> condition) {
        waitUntil(() -> true);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("stored state not reached within 10 s; editor says: "
                    + editor().messageProperty().get(), e);
        }
    }

    public void waitForLayout(String name) {
        waitUntil(() -> editor().layout() != null && editor().layout().name().equals(name));
    }

    public List<String> names(String group) {
        Layout l = editor().layout();
        LayoutGroup g = l.groups().stream().filter(x -> x.name().equals(group)).findFirst().orElseThrow();
        return g.channels().stream().map(c -> c.name()).toList();
    }

    public static void assertNames(List<String> actual, String... expected) {
        assertThat(actual).containsExactly(expected);
    }
}
