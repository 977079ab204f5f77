package dev.lineup.ui.mainwindow;

import dev.lineup.model.Role;
import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Installation;
import dev.lineup.model.TargetConfig;
import dev.lineup.service.AppServices;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.ui.setup.AppStart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real start on a fresh data directory: the setup dialog, the sample, and a second start refused. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class FirstStartUiTest {
    @TempDir
    static Path tmp;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void firstStartAsksForTheInstallationThenShowsTheSampleLayoutAndASecondStartIsRefused(FxRobot robot)
            throws Exception {
        Path dir = Files.createTempDirectory(tmp, "data");
        Path folder = dir.resolveSibling(dir.getFileName() + "-published");
        CompletableFuture<AppServices> ready = new CompletableFuture<>();
        robot.interact(() -> new AppStart(stage, dir, Clock.systemUTC(), ready::complete,
                () -> ready.completeExceptionally(new AssertionError("the app quit"))).begin());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#setupName").tryQuery().isPresent());
        robot.doubleClickOn("#setupName").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Living room");
        robot.clickOn("#setupRole").clickOn("Local only: writes to a folder on this computer");
        robot.doubleClickOn("#setupFolder").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(folder.toString());
        robot.clickOn(SourcesUiTest.okButton(robot));
        AppServices s = ready.get(60, TimeUnit.SECONDS);
        Workspace ws = (Workspace) s.workspace();
        Installation inst = ws.store().installation().get().orElseThrow();
        assertThat(inst.name()).isEqualTo("Living room");
        assertThat(inst.role()).isEqualTo(Role.SECONDARY_LOCAL);
        TargetConfig local = ws.store().targets().find("local").orElseThrow();
        assertThat(local.configJson()).contains(folder.getFileName().toString());
        assertThat(s.layouts().names()).containsExactly("Sample");
        assertThat(s.layouts().load("Sample").channels().count()).isEqualTo(29);
        assertThat(ws.store().sources().list()).extracting(x -> x.name()).containsExactly("Sample", "Sample guide");
        robot.interact(() -> {
            new MainWindow(s, stage);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#channelTable").queryTableView()
                .getItems().size() == 29);

        // A second app on the same directory says who owns it and quits.
        AtomicBoolean quit = new AtomicBoolean();
        robot.interact(() -> new AppStart(new Stage(), dir, Clock.systemUTC(), x -> { }, () -> quit.set(true)).begin());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startAlert").tryQuery().isPresent());
        DialogPane alert = robot.lookup("#startAlert").queryAs(DialogPane.class);
        assertThat(alert.getContentText()).contains("already running (pid " + ProcessHandle.current().pid())
                .as("local time, no raw UTC ISO or milliseconds").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
        robot.interact(() -> ((javafx.scene.control.Button) alert.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, quit::get);
        robot.interact(() -> { });
        LineupApp.shutdown(s);
        assertThat(Files.exists(dir.resolve("lineup.lock"))).isTrue();
    }
}
