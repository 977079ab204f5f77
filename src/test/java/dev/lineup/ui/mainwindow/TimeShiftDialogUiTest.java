package dev.lineup.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Catchup;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.Timing;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.layouteditor.LayoutsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Time shift and catch-up…" from a group's context menu sets the group's values as one undoable step,
 * stored with the layout; a wrong answer keeps the dialog open with a sentence; a layout file that cannot
 * be imported is a sentence in the editor, never a stack trace.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class TimeShiftDialogUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = UiFixture.start(stage, Files.createTempDirectory(dataDir, "data"));
    }

    @Test
    void aGroupShiftAndCatchupFromTheDialogIsOneUndoableStepAndIsStored(FxRobot robot) {
        app.waitForLayout("A test");
        app.chooseLayout(robot, "Sample");
        robot.clickOn(groupCell(robot, "News"));
        // The group list's own context menu item (a popup menu is not reliably shown by a headless right click).
        ListView<?> groups = robot.lookup("#groupList").queryListView();
        MenuItem item = groups.getContextMenu().getItems().stream()
                .filter(m -> "Time shift and catch-up…".equals(m.getText())).findFirst().orElseThrow();
        robot.interact(() -> javafx.application.Platform.runLater(item::fire));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timingScopeGroup").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#timingGroup").queryComboBox().getValue()).isEqualTo("News");

        robot.clickOn("#timingHours").write("abc");
        robot.clickOn("#timingApply");
        assertThat(robot.lookup("#timingProblem").queryLabeled().getText())
                .isEqualTo("A time shift is a number of hours such as 1, -2 or 0.5, not 'abc'.");
        assertThat(group("News").timing()).as("nothing applied while the answer is wrong").isEqualTo(Timing.INHERIT);

        robot.doubleClickOn("#timingHours").eraseText(3).write("2");
        choose(robot, "#timingCatchupChoice", "On");
        robot.clickOn("#timingDays").write("7");
        robot.clickOn("#timingApply");
        app.waitUntil(() -> !group("News").timing().inherits());
        assertThat(group("News").timing()).isEqualTo(Timing.of(2.0, Catchup.on(7, null, null)));
        assertThat(app.editor().layout().groups().stream().filter(g -> !g.name().equals("News")))
                .as("other groups keep theirs").allMatch(g -> g.timing().inherits());
        app.waitUntilStored(() -> app.services.layouts().load("Sample").groups().stream()
                .filter(g -> g.name().equals("News")).findFirst().orElseThrow().timing().shiftHours() != null);

        robot.clickOn("#channelTable").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> group("News").timing().inherits());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitUntil(() -> group("News").timing().shiftHours() != null);
        assertThat(group("News").timing().catchup().days()).isEqualTo(7);
    }

    @Test
    void aLayoutFileThatCannotBeImportedIsASentenceNamingTheFile(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        app.chooseLayout(robot, "Sample");
        Path bad = Files.writeString(dataDir.resolve("old-export.json"), "{\"format\":\"lineup-layout\",\"version\":1,"
                + "\"name\":\"Old\",\"groups\":[{\"name\":\"Italy\",\"channels\":[{\"sourceKey\":\"tvg:raiuno.it@italy\"},"
                + "{\"sourceKey\":\"tvg:raiuno.it@italy\"}]}]}");
        robot.interact(() -> app.window.get(LayoutsViewModel.class)
                .importFile(bad, (name, copy) -> java.util.Optional.of(name)));
        app.waitUntil(() -> robot.lookup("#errorMessage").tryQuery().isPresent());
        String shown = robot.lookup("#errorMessage").queryLabeled().getText();
        assertThat(shown).contains("old-export.json", "group 1 ('Italy') channel 2", "appears twice")
                .doesNotContain("Exception", "\tat ");
        assertThat(app.services.layouts().names()).doesNotContain("Old");
    }

    private LayoutGroup group(String name) {
        return app.editor().layout().groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, String label) {
        ChoiceBox<Object> box = robot.lookup(id).queryAs(ChoiceBox.class);
        robot.interact(() -> box.getItems().stream().filter(i -> i.toString().equals(label)).findFirst()
                .ifPresent(box::setValue));
    }

    private static Node groupCell(FxRobot robot, String group) {
        return robot.lookup((Node n) -> n instanceof ListCell && ((ListCell<?>) n).getText() != null
                && ((ListCell<?>) n).getText().startsWith(group + "  (")).query();
    }
}
