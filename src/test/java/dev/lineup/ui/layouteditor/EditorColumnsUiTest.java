package dev.lineup.ui.layouteditor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.AppServices;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The columns a user chose and the pane sizes are remembered in the settings and come back at the next start. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class EditorColumnsUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        AppServices s = UiFixture.services(Files.createTempDirectory(dataDir, "data"));
        // As a previous session left it: tvg-id shown, Group hidden, a wide source pane.
        UiFixture.offFx(() -> {
            s.settings().saveEditorView("columns=numberColumn,nameColumn,tvgIdColumn;dividers=0.3,0.42,0.8");
            return null;
        });
        app = UiFixture.start(stage, s);
    }

    @Test
    void theEditorOpensWithTheRememberedColumnsAndRemembersANewChoice(FxRobot robot) {
        app.waitForLayout("A test");
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        app.waitUntil(() -> visible(table, "tvgIdColumn") && !visible(table, "groupColumn"));
        assertThat(visible(table, "numberColumn")).isTrue();
        assertThat(visible(table, "logoColumn")).isFalse();
        javafx.scene.control.SplitPane split = robot.lookup("#editorSplit").query();
        app.waitUntil(() -> Math.abs(split.getDividerPositions()[2] - 0.8) < 0.02
                && Math.abs(split.getDividerPositions()[1] - 0.42) < 0.02 && Math.abs(split.getDividerPositions()[0] - 0.3) < 0.02);

        robot.clickOn("#columnsMenu").clickOn("Group");
        app.waitUntil(() -> visible(table, "groupColumn"));
        app.waitUntilStored(() -> app.services.settings().editorView().contains("groupColumn"));
        assertThat(app.services.settings().editorView()).contains("tvgIdColumn").doesNotContain("logoColumn");

        robot.clickOn("#columnsMenu").clickOn("Default columns");
        app.waitUntilStored(() -> app.services.settings().editorView().contains("catchupColumn"));
        assertThat(visible(table, "tvgIdColumn")).isFalse();

        // The same choice from the context menu of any column header (the headless screen makes no context
        // menu request from a right click, so the request a right click makes is sent to the header).
        javafx.scene.Node header = robot.lookup((javafx.scene.Node n) -> n.getStyleClass().contains("column-header")
                && "nameColumn".equals(n.getId())).queryAs(javafx.scene.Node.class);
        robot.interact(() -> {
            javafx.geometry.Point2D at = header.localToScreen(10, 10);
            header.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, at.getX(), at.getY(), false, null));
        });
        robot.clickOn("tvg-id");
        app.waitUntil(() -> visible(table, "tvgIdColumn"));
        app.waitUntilStored(() -> app.services.settings().editorView().contains("tvgIdColumn"));
    }

    private static boolean visible(TableView<ChannelRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).anyMatch(TableColumn::isVisible);
    }
}
