package dev.lineup.ui.mainwindow;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.ui.UiFixture;
import dev.lineup.ui.layouteditor.LayoutsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Several layouts: add, duplicate, rename, delete from the menu with the keyboard; export and import JSON. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class LayoutManagementUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory(dataDir, "data");
        app = UiFixture.start(stage, dir);
    }

    @Test
    void addDuplicateRenameAndDeleteLayoutsKeepTheFilesInStep(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        robot.clickOn("#channelTable").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        // Ctrl+N offers the sources first (the one shown in the source browser preselected), then an empty layout.
        javafx.scene.control.ComboBox<String> start = robot.lookup(".choice-dialog .combo-box").queryComboBox();
        assertThat(start.getItems()).containsExactly("Every channel of Sample", "An empty layout");
        robot.clickOn(start).clickOn("An empty layout").clickOn("OK");
        robot.clickOn("#dialogField0").write("Family").type(KeyCode.ENTER);
        app.waitUntilStored(() -> app.services.layouts().names().contains("Family"));
        app.waitForLayout("Family");
        assertThat(app.services.layouts().names()).containsExactly("A test", "Family", "Sample");

        app.chooseLayout(robot, "Sample");
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        robot.clickOn("#dialogField0").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Kids room").type(KeyCode.ENTER);
        app.waitForLayout("Kids room");
        assertThat(app.editor().layout().groups()).hasSize(7);

        robot.clickOn("File").clickOn("Rename layout…");
        robot.clickOn("#dialogField0").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Bedroom").type(KeyCode.ENTER);
        app.waitForLayout("Bedroom");
        assertThat(app.services.layouts().names()).containsExactly("A test", "Bedroom", "Family", "Sample");

        robot.clickOn("File").clickOn("Delete layout…");
        robot.clickOn("OK");
        app.waitUntilStored(() -> app.services.layouts().names().size() == 3);
        assertThat(app.services.layouts().names()).containsExactly("A test", "Family", "Sample");
        app.waitForLayout("A test");

        // Ctrl+N, Enter: a layout of every channel of the source, one group per category.
        robot.clickOn("#channelTable").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("OK");
        robot.clickOn("#dialogField0").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Whole sample").type(KeyCode.ENTER);
        app.waitForLayout("Whole sample");
        assertThat(app.editor().layout().groups()).hasSize(7);
    }

    @Test
    void anExportedLayoutImportsBackReplacingTheLayoutOfTheSameName(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        LayoutsViewModel layouts = app.window.get(LayoutsViewModel.class);
        app.chooseLayout(robot, "Sample");
        Path file = dir.resolve("sample-export.json");
        robot.interact(() -> layouts.exportFile(file));
        app.waitUntil(() -> Files.exists(file));
        robot.clickOn("#channelTable");
        robot.clickOn("Edit").clickOn("Find channel");
        robot.write("harbour");
        robot.clickOn(".table-row-cell").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        app.waitUntil(() -> app.editor().layout().channels().count() == 26);
        app.waitUntilStored(() -> app.services.layouts().load("Sample").channels().count() == 26);

        robot.interact(() -> layouts.importFile(file, (name, copy) -> java.util.Optional.of(name)));
        app.waitUntil(() -> app.editor().layout() != null && app.editor().layout().channels().count() == 29);
        assertThat(app.services.layouts().load("Sample").channels().count()).isEqualTo(29);
    }
}
