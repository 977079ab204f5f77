package dev.lineup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.app.AppServices;
import dev.lineup.app.BackgroundExecutor;
import dev.lineup.app.DiskLogoCache;
import dev.lineup.app.FileLayoutService;
import dev.lineup.app.InstallationInfo;
import dev.lineup.app.PlaylistLibrary;
import dev.lineup.app.StoreLayoutTools;
import dev.lineup.app.UnavailablePublishService;
import dev.lineup.store.LineupStore;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.app.DesktopServices;
import dev.lineup.app.TaskProgress;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.layouteditor.LayoutEditorViewModel;
import dev.lineup.ui.mainwindow.MainWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop app over real services in a temporary data directory: the bundled sample source,
 * layout files on disk, a logo cache folder. Layouts: "A test" (empty groups Favourites and News,
 * opened first) and "Sample" (every sample channel by category, numbered).
 */
public final class UiFixture {
    public final AppServices services;
    public final MainWindow window;

    private UiFixture(AppServices services, MainWindow window) {
        this.services = services;
        this.window = window;
    }

    public static AppServices services(Path dataDir) throws IOException {
        PlaylistLibrary library = new PlaylistLibrary().addSample();
        FileLayoutService layouts = new FileLayoutService(dataDir.resolve("layouts"));
        layouts.save(new Layout("A test", LayoutOptions.DEFAULTS, List.of(
                new LayoutGroup("Favourites", false, List.of()), new LayoutGroup("News", false, List.of()))));
        Layout sample = DesktopServices.fromSource("Sample", library.catalog("Sample", TaskProgress.NONE));
        layouts.save(dev.lineup.layout.Numbering.renumberEdit(sample.channels().map(c -> c.sourceKey()).toList(), 1,
                dev.lineup.layout.NumberingOptions.DEFAULT).apply(sample));
        return new AppServices(dataDir, new InstallationInfo("Test PC", "primary"), library, layouts,
                new UnavailablePublishService(), new DiskLogoCache(dataDir.resolve("logos"), Duration.ofSeconds(1)),
                BackgroundExecutor.create(2), new StoreLayoutTools(LineupStore.open(dataDir, n -> { })));
    }

    public static UiFixture start(Stage stage, Path dataDir) throws IOException {
        AppServices s = services(dataDir);
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
