package dev.lineup.ui.tools;

import dev.lineup.service.AppServices;
import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.service.layouts.ToolsStore;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.mainwindow.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop app whose Tools screen works on a real database seeded as a user would have it
 * (see {@link ToolsStore}): a provider playlist, a guide, the layout "Living room" made from the playlist.
 */
final class ToolsUi implements AutoCloseable {
    final ToolsStore db;
    final AppServices services;
    final MainWindow window;

    private ToolsUi(ToolsStore db, AppServices services, MainWindow window) {
        this.db = db;
        this.services = services;
        this.window = window;
    }

    /** {@code beforeStart} may change the database before the app first reads it. */
    static ToolsUi start(Stage stage, Path dir, java.util.function.Consumer<ToolsStore> beforeStart) throws IOException {
        ToolsStore db = UiFixture.offFx(() -> {
            ToolsStore t = new ToolsStore(Files.createDirectories(dir.resolve("tools")));
            beforeStart.accept(t);
            return t;
        });
        AppServices s = UiFixture.services(Files.createDirectories(dir.resolve("app")))
                .withTools(new LayoutToolsService(db.store));
        MainWindow w = new MainWindow(s, stage);
        stage.show();
        return new ToolsUi(db, s, w);
    }

    /** Opens the Tools screen and the tab of id {@code tab}, as a user clicks them. */
    void open(FxRobot robot, String tab) {
        robot.clickOn("Tools");
        waitUntil(() -> window.get(ToolsViewModel.class).layoutProperty().get() != null);
        robot.clickOn("#" + tab);
        waitUntil(() -> true);
    }

    /** Waits until no background task runs and {@code condition} holds (checked on the FX thread). */
    void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    !window.get(TaskMonitor.class).busyProperty().get() && condition.call()).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As {@link #waitUntil}, for a condition that reads the database: checked off the FX thread. */
    void waitUntilStored(Callable<Boolean> condition) {
        waitUntil(() -> true);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("stored state not reached within 10 s", e);
        }
    }

    Layout layout() {
        return db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow();
    }

    List<Integer> numbers(String group) {
        return layout().groups().stream().filter(g -> g.name().equals(group)).findFirst().orElseThrow()
                .channels().stream().map(LayoutChannel::number).toList();
    }

    String guideOf(String providerName) {
        return ToolsStore.channel(db.store, providerName).guideChannel();
    }

    @Override
    public void close() throws InterruptedException {
        services.executor().shutdown();
        services.executor().awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }
}
