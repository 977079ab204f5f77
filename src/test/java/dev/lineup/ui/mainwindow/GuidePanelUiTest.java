package dev.lineup.ui.mainwindow;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.LayoutChannel;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.layouteditor.ChannelRow;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The guide mapping panel on the sample layout, with the clock fixed at 2026-11-20 20:10 UTC: now/next
 * of a mapped channel from the sample guide, a suggestion's evidence beside its now/next, and a pick from
 * the guide search as one undoable edit.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class GuidePanelUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = UiFixture.start(stage, Files.createTempDirectory(tmp, "data"));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void showsWhatIsOnNowAndNextForAMappedChannelAndMapsAPickAsOneUndoStep(FxRobot robot) {
        app.waitForLayout("A test");
        app.chooseLayout(robot, "Sample");
        robot.clickOn("#channelSearch").write("northwind");
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).channel().guideChannel()).isEqualTo("NorthwindNews.uk");
        robot.clickOn(row(robot, 0));
        app.waitUntil(() -> robot.lookup("#guidePreview").queryLabeled().getText().contains("Now"));
        assertThat(robot.lookup("#guidePreview").queryLabeled().getText())
                .contains("Now  19:30–21:30  Midday Update").contains("Next 21:30–23:00  Midday Update");
        assertThat(robot.lookup("#guideMapping").queryLabeled().getText()).contains("NorthwindNews.uk");

        // A suggestion previews with its evidence under its now/next.
        app.waitUntil(() -> !robot.lookup("#guideSuggestions").queryListView().getItems().isEmpty());
        robot.clickOn(robot.lookup("#guideSuggestions").lookup((Node n) -> n instanceof ListCell
                && ((ListCell<?>) n).getText() != null && ((ListCell<?>) n).getText().contains("NorthwindNews.uk"))
                .queryAs(Node.class));
        app.waitUntil(() -> robot.lookup("#guidePreview").queryLabeled().getText().contains("Why: "));
        assertThat(robot.lookup("#guidePreview").queryLabeled().getText()).contains("Now  19:30–21:30  Midday Update")
                .containsPattern("Why: .*(name|tvg-id)");

        robot.clickOn("#guideSearch").write("harbour two");
        app.waitUntil(() -> robot.lookup("#guideList").queryListView().getItems().size() == 1);
        robot.doubleClickOn(robot.lookup("#guideList").lookup((Node n) -> n instanceof ListCell
                && ((ListCell<?>) n).getText() != null && ((ListCell<?>) n).getText().contains("HarbourTwo.uk"))
                .queryAs(Node.class));
        app.waitUntil(() -> "HarbourTwo.uk".equals(table.getItems().get(0).channel().guideChannel()));
        app.waitUntilStored(() -> "HarbourTwo.uk".equals(stored().guideChannel()));

        robot.clickOn(row(robot, 0)).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> "NorthwindNews.uk".equals(table.getItems().get(0).channel().guideChannel()));
        app.waitUntilStored(() -> "NorthwindNews.uk".equals(stored().guideChannel()));
    }

    /** The Northwind channel as the database holds it. */
    private LayoutChannel stored() {
        String key = app.editor().layout().channels().filter(c -> c.name().contains("Northwind")).findFirst()
                .orElseThrow().sourceKey();
        return ((Workspace) app.services.workspace()).store().layouts().load("Sample").orElseThrow().channels()
                .filter(c -> c.sourceKey().equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableRow<ChannelRow> row(FxRobot robot, int index) {
        return (TableRow<ChannelRow>) robot.lookup((Node n) -> n instanceof TableRow && !((TableRow<?>) n).isEmpty()
                && ((TableRow<?>) n).getIndex() == index).query();
    }
}
