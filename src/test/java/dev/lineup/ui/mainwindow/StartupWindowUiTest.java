package dev.lineup.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.AppServices;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.setup.AppStart;
import dev.lineup.ui.setup.EarlyOpen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app's start on a set-up data directory: opened before the window, the window shows at once
 * titled and placed with "Opening Lineup…", then becomes the main window in place; screens open on first visit.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class StartupWindowUiTest {
    @TempDir
    static Path tmp;
    private Stage stage;
    private AppServices services;

    @Start
    void start(Stage primary) {
        // Each test its own window: the app's placement memory stays with the window it was given.
        stage = new Stage();
    }

    @AfterEach
    void close() throws InterruptedException {
        // As the app: the window closes (saving its placement) before the services stop.
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.close());
        if (services != null) {
            LineupApp.shutdown(services);
        }
    }

    /** Opens a data directory set up before (as by an earlier run) the way the app does, from before the window. */
    private AppServices startOn(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "data");
        LineupApp.shutdown(UiFixture.services(dir));
        EarlyOpen opening = EarlyOpen.start(dir, Clock.systemUTC());
        CompletableFuture<AppServices> ready = new CompletableFuture<>();
        robot.interact(() -> new AppStart(stage, opening, Clock.systemUTC(), ready::complete,
                () -> ready.completeExceptionally(new AssertionError("the app quit"))).begin());
        services = ready.get(30, TimeUnit.SECONDS);
        return services;
    }

    @Test
    void theWindowShowsAtOnceSayingItIsOpeningThenBecomesTheMainWindowInPlace(FxRobot robot) throws Exception {
        AppServices s = startOn(robot);
        CompletableFuture<MainWindow> built = new CompletableFuture<>();
        AtomicReference<Scene> opening = new AtomicReference<>();
        AtomicReference<Rectangle2D> bounds = new AtomicReference<>();
        robot.interact(() -> {
            LineupApp.open(s, stage, "", built::complete);
            // The app quits with its last window; the test toolkit must outlive this test.
            Platform.setImplicitExit(false);
            assertThat(stage.isShowing()).isTrue();
            assertThat(stage.getTitle()).isEqualTo("Lineup — Test PC");
            assertThat(stage.getIcons()).isNotEmpty();
            assertThat(stage.getScene().lookup("#openingText")).isNotNull();
            assertThat(built).isNotDone();
            opening.set(stage.getScene());
            bounds.set(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        });

        MainWindow window = built.get(30, TimeUnit.SECONDS);
        robot.interact(() -> { });
        assertThat(window.scene()).isSameAs(opening.get()).isSameAs(stage.getScene());
        assertThat(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isEqualTo(bounds.get());
        assertThat(robot.lookup("#openingText").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Lineup — Test PC");
        assertThat(robot.lookup("#channelTable").tryQuery()).isPresent();

        // A screen not shown at start is built on its first visit, with its data.
        robot.clickOn(SourcesUiTest.navCell(robot, "Sources"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sourceTable").tryQuery().isPresent()
                && robot.lookup("#sourceTable").queryAs(TableView.class).getItems().size() == 2);
    }

    @Test
    void aWindowClosedWhileOpeningIsNotBuiltAfterwards(FxRobot robot) throws Exception {
        AppServices s = startOn(robot);
        CompletableFuture<MainWindow> built = new CompletableFuture<>();
        robot.interact(() -> {
            LineupApp.open(s, stage, "", built::complete);
            Platform.setImplicitExit(false);
            stage.close();
        });
        // Several pulses: the main window would have been built by now.
        Thread.sleep(500);
        robot.interact(() -> { });
        assertThat(built).isNotDone();
        assertThat(stage.isShowing()).isFalse();
    }
}
