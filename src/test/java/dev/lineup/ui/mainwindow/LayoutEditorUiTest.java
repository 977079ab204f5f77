package dev.lineup.ui.mainwindow;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.ui.UiFixture;
import dev.lineup.ui.layouteditor.ChannelRow;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real layout editor headless: drag and drop, bulk rename, keyboard undo/redo, search, inline edit. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class LayoutEditorUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = UiFixture.start(stage, java.nio.file.Files.createTempDirectory(dataDir, "data"));
    }

    @Test
    void buildsALayoutByDraggingChannelsFromTheSourceBrowserAndWithinIt(FxRobot robot) {
        app.waitForLayout("A test");
        robot.clickOn(groupCell(robot, "Favourites"));
        robot.clickOn("#sourceSearch").write("harbour");
        app.waitUntil(() -> robot.lookup(treeCell("UK: Harbour 24 HD")).tryQuery().isPresent());

        robot.drag(robot.lookup(treeCell("UK: Harbour 24 HD")).queryAs(Node.class)).dropTo("#channelTable");
        app.waitUntil(() -> app.names("Favourites").size() == 1);
        UiFixture.assertNames(app.names("Favourites"), "UK: Harbour 24 HD");

        // Dropped on the upper half of the first row: goes before it.
        robot.drag(robot.lookup(treeCell("UK: Harbour Two HD")).queryAs(Node.class));
        robot.moveTo(row(robot, 0)).moveBy(0, -4).drop();
        app.waitUntil(() -> app.names("Favourites").size() == 2);
        UiFixture.assertNames(app.names("Favourites"), "UK: Harbour Two HD", "UK: Harbour 24 HD");

        // Within the layout: the second row dragged onto the lower half of... the first row's upper half again.
        robot.drag(row(robot, 1));
        robot.moveTo(row(robot, 0)).moveBy(0, -4).drop();
        app.waitUntil(() -> app.names("Favourites").get(0).equals("UK: Harbour 24 HD"));
        UiFixture.assertNames(app.names("Favourites"), "UK: Harbour 24 HD", "UK: Harbour Two HD");

        // Onto another group in the group list: moves there, at the end.
        robot.clickOn(row(robot, 0));
        robot.drag(row(robot, 0)).dropTo(groupCell(robot, "News"));
        app.waitUntil(() -> app.names("News").size() == 1);
        UiFixture.assertNames(app.names("Favourites"), "UK: Harbour Two HD");
        UiFixture.assertNames(app.names("News"), "UK: Harbour 24 HD");

        // Every drop was one undo step; the saved file follows the edits.
        robot.clickOn(row(robot, 0)).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> app.names("News").isEmpty());
        UiFixture.assertNames(app.names("Favourites"), "UK: Harbour 24 HD", "UK: Harbour Two HD");
        app.waitUntilStored(() -> app.services.layouts().load("A test").groups().get(0).channels().size() == 2);
    }

    @Test
    void bulkRenameThenUndoAndRedoWithTheKeyboard(FxRobot robot) {
        openSample(robot);
        robot.clickOn(groupCell(robot, "News"));
        robot.clickOn(row(robot, 0)).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItems()).hasSize(5);
        robot.clickOn("#namesMenu").clickOn("Find and replace…");
        robot.clickOn("#dialogField0").write("UK: ");
        assertThat(robot.lookup("#dialogField0").queryTextInputControl().getText()).isEqualTo("UK: ");
        assertThat(app.editor().messageProperty().get()).isEqualTo("");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        app.waitUntil(() -> app.names("News").get(0).equals("Northwind News"));
        UiFixture.assertNames(app.names("News"), "Northwind News", "Harbour 24 HD", "Metro Report HD", "World Desk HD",
                "Capital Live HD");

        robot.clickOn("#namesMenu").clickOn("UPPER CASE");
        app.waitUntil(() -> app.names("News").get(0).equals("NORTHWIND NEWS"));

        robot.clickOn(row(robot, 2));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> app.names("News").get(0).equals("Northwind News"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> app.names("News").get(0).equals("UK: Northwind News"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitUntil(() -> app.names("News").get(0).equals("Northwind News"));
        assertThat(robot.lookup("#undoButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void searchAsYouTypeNarrowsTheTableAcrossGroups(FxRobot robot) {
        openSample(robot);
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        robot.clickOn("#channelSearch").write("harb");
        app.waitUntil(() -> table.getItems().size() == 3);
        robot.write("our two");
        app.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).channel().name()).isEqualTo("UK: Harbour Two HD");
        assertThat(table.getItems().get(0).group()).isEqualTo("Entertainment");

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        robot.clickOn("#filterMissingLogo");
        app.waitUntil(() -> table.getItems().isEmpty());
        // First start matched the sample's guides; the filter shows exactly the channels left without one.
        long unmapped = app.editor().layout().channels().filter(c -> c.guideChannel() == null).count();
        assertThat(unmapped).isLessThan(app.editor().layout().channels().count());
        robot.clickOn("#filterMissingLogo").clickOn("#filterMissingGuide");
        app.waitUntil(() -> table.getItems().size() == unmapped);
    }

    @Test
    void anInlineNumberEditThatRepeatsANumberFlagsBothRows(FxRobot robot) {
        openSample(robot);
        robot.clickOn(groupCell(robot, "News"));
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        assertThat(table.getItems().get(1).channel().number()).isEqualTo(2);
        Node numberCell = robot.from(row(robot, 1)).lookup((Node n) -> n instanceof javafx.scene.control.TableCell
                && "numberColumn".equals(((javafx.scene.control.TableCell<?, ?>) n).getTableColumn().getId())).query();
        robot.doubleClickOn(numberCell).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("1").type(KeyCode.ENTER);
        app.waitUntil(() -> table.getItems().get(1).duplicateNumber());
        assertThat(table.getItems().get(0).duplicateNumber()).isTrue();
        assertThat(row(robot, 1).getPseudoClassStates()).contains(PseudoClass.getPseudoClass("duplicate"));
        assertThat(robot.lookup("#editorSummary").queryLabeled().getText()).contains("2 channels share a number");
    }

    private void openSample(FxRobot robot) {
        app.waitForLayout("A test");
        app.chooseLayout(robot, "Sample");
    }

    private static java.util.function.Predicate<Node> treeCell(String text) {
        return n -> n instanceof TreeCell && text.equals(((TreeCell<?>) n).getText());
    }

    private static Node groupCell(FxRobot robot, String group) {
        return robot.lookup((Node n) -> n instanceof ListCell && ((ListCell<?>) n).getText() != null
                && ((ListCell<?>) n).getText().startsWith(group + "  (")).query();
    }

    @SuppressWarnings("unchecked")
    private static TableRow<ChannelRow> row(FxRobot robot, int index) {
        return (TableRow<ChannelRow>) robot.lookup((Node n) -> n instanceof TableRow && !((TableRow<?>) n).isEmpty()
                && ((TableRow<?>) n).getIndex() == index).query();
    }
}
