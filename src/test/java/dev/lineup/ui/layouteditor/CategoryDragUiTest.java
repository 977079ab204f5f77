package dev.lineup.ui.layouteditor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.LayoutGroup;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Dragging a source category makes a group of its name, on the table and on the Groups list. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class CategoryDragUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = UiFixture.start(stage, NumberedSource.services(Files.createTempDirectory(dataDir, "data")));
    }

    @Test
    void aCategoryDroppedOnTheTableBecomesAGroupOfItsNameEvenOverAnotherGroupsRows(FxRobot robot) {
        openEmptyLayoutBesideTheNumberedSource(robot);
        robot.drag(category(robot, "Albania")).dropTo("#channelTable");
        app.waitUntil(() -> groups().equals(List.of("Albania")));
        assertThat(app.names("Albania")).containsExactly("Tirana One", "Durres TV", "Vlora News");

        // Over Albania's rows: Argentina is its own group, not three more channels of Albania.
        robot.drag(category(robot, "Argentina"));
        robot.moveTo(EffectiveNumbersUiTest.row(robot, 0)).drop();
        app.waitUntil(() -> groups().equals(List.of("Albania", "Argentina")));
        assertThat(app.names("Albania")).hasSize(3);
        assertThat(app.names("Argentina")).containsExactly("Buenos Aires 24", "Cordoba Sur", "Rosario Play");

        // One undo step each.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> groups().equals(List.of("Albania")));
        app.waitUntilStored(() -> app.services.layouts().load("Empty").groups().size() == 1);
    }

    @Test
    void droppingOnTheGroupsListCreatesAGroupOrAddsToTheGroupDroppedOn(FxRobot robot) {
        openEmptyLayoutBesideTheNumberedSource(robot);
        robot.drag(category(robot, "Argentina"));
        robot.moveTo("#groupList");
        javafx.scene.control.ListView<?> list = robot.lookup("#groupList").queryListView();
        app.waitUntil(() -> list.getPseudoClassStates().contains(DragAndDrop.TARGET));
        robot.drop();
        app.waitUntil(() -> groups().equals(List.of("Argentina")));
        assertThat(list.getPseudoClassStates()).as("the highlight goes with the drop").doesNotContain(DragAndDrop.TARGET);

        // A single channel dropped on the Argentina group joins it.
        robot.clickOn(category(robot, "Albania")).type(KeyCode.RIGHT);
        app.waitUntil(() -> robot.lookup(treeCell("Vlora News")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(treeCell("Vlora News")).queryAs(Node.class));
        robot.drag(robot.lookup(treeCell("Vlora News")).queryAs(Node.class)).dropTo(groupCell(robot, "Argentina"));
        app.waitUntil(() -> app.names("Argentina").size() == 4);
        assertThat(groups()).containsExactly("Argentina");
        assertThat(app.names("Argentina")).endsWith("Vlora News");
        app.waitUntilStored(() -> app.services.layouts().load("Empty").groups().get(0).channels().size() == 4);
    }

    private void openEmptyLayoutBesideTheNumberedSource(FxRobot robot) {
        app.waitForLayout("A test");
        app.chooseLayout(robot, "Empty");
        SourceBrowserViewModel browser = app.window.get(SourceBrowserViewModel.class);
        robot.interact(() -> browser.sourceProperty().set(NumberedSource.NAME));
        app.waitUntil(() -> robot.lookup(treeCell("Albania  (3)")).tryQuery().isPresent());
    }

    private List<String> groups() {
        return app.editor().layout().groups().stream().map(LayoutGroup::name).toList();
    }

    private static Node category(FxRobot robot, String name) {
        return robot.lookup(treeCell(name + "  (3)")).queryAs(Node.class);
    }

    private static java.util.function.Predicate<Node> treeCell(String text) {
        return n -> n instanceof TreeCell && text.equals(((TreeCell<?>) n).getText());
    }

    private static Node groupCell(FxRobot robot, String group) {
        return robot.lookup((Node n) -> n instanceof ListCell && ((ListCell<?>) n).getText() != null
                && ((ListCell<?>) n).getText().startsWith(group + "  (")).query();
    }
}
