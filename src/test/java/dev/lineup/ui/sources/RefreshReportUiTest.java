package dev.lineup.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.common.Env;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A refresh names the playlist entries it could not use with their line, and the Sources screen's "Last refresh"
 * still shows that report after the app is closed and started again on the same data.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class RefreshReportUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;
    private Path dataDir;
    private Path playlist;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory(tmp, "data");
        playlist = dataDir.resolveSibling(dataDir.getFileName() + "-skips.m3u");
        Files.writeString(playlist, """
                #EXTM3U
                #EXTINF:-1 group-title="News",First
                http://127.0.0.1:9/first
                #EXTINF:-1 group-title="News",Lost its URL
                #EXTINF:-1 group-title="News",Third
                http://127.0.0.1:9/third
                """);
        app = UiFixture.start(stage, dataDir);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void anEntryWithoutUrlIsReportedWithItsLineAndTheReportOutlivesARestart(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        robot.clickOn(navCell(robot, "Sources"));
        robot.clickOn("#addPlaylist");
        robot.clickOn("#sourceName").write("Mine");
        robot.clickOn("#sourceLocation").write(playlist.toString());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button && "OK".equals(((Button) n).getText()))
                .queryAs(Node.class));
        Label report = robot.lookup("#refreshReport").queryAs(Label.class);
        app.waitUntil(() -> report.getText().startsWith("Mine:"));
        assertThat(report.getText()).contains("2 channels; 2 new, 1 entry skipped (see below)")
                .doesNotContain(" 0 ").doesNotContain("re-pointed")
                .contains("\nskipped: line 4: #EXTINF without a URL (the next #EXTINF is on line 5); entry skipped");

        app.close();
        var services = UiFixture.servicesOver(dataDir, Env.overlay(Map.of()));
        AtomicReference<UiFixture> again = new AtomicReference<>();
        robot.interact(() -> {
            robot.window(0).hide();
            again.set(UiFixture.start(new Stage(), services));
        });
        app = again.get();
        robot.clickOn(navCell(robot, "Sources"));
        Label reopened = robot.lookup("#refreshReport").match(Node::isVisible).queryAs(Label.class);
        app.waitUntil(() -> reopened.getText().startsWith("Mine:"));
        assertThat(reopened.getText()).contains("2 channels; 2 new")
                .contains("\nskipped: line 4: #EXTINF without a URL");
    }

    private static Node navCell(FxRobot robot, String text) {
        return robot.lookup("#navList").lookup((Node n) -> n instanceof ListCell
                && text.equals(((ListCell<?>) n).getText()) && n.getScene().getWindow().isShowing()).query();
    }
}
