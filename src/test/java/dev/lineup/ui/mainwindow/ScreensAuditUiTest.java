package dev.lineup.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14, re-tried across the screens: an empty table said "No content in table" (JavaFX's own words);
 * every table of every screen (the Tools tabs included) now says in the app's words why it is empty.
 * The View menu lists the screens in the sidebar's order, and its shortcuts open them.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class ScreensAuditUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = UiFixture.start(stage, Files.createTempDirectory(dataDir, "data"));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void everyTableOfEveryScreenSaysInWordsWhyItIsEmpty(FxRobot robot) {
        app.waitForLayout("A test");
        Map<TableView<?>, String> tables = new IdentityHashMap<>();
        for (Screen screen : Screen.values()) {
            robot.interact(() -> app.window.get(MainWindowViewModel.class).screenProperty().set(screen));
            app.waitUntil(() -> true);
            if (screen == Screen.TOOLS) {
                for (String tab : new String[] {"#healthTab", "#guidesTab", "#rulesTab", "#numberingTab"}) {
                    robot.clickOn(tab);
                    app.waitUntil(() -> true);
                    collect(robot, screen + " " + tab, tables);
                }
            }
            collect(robot, screen.toString(), tables);
            if (screen == Screen.SOURCES) {
                guideHasNoCategoryCount(robot);
            }
        }
        assertThat(tables).as("tables found on the screens").hasSizeGreaterThanOrEqualTo(12);
        assertThat(tables).allSatisfy((table, where) -> {
            assertThat(table.getPlaceholder()).as("placeholder of %s", where).isInstanceOf(Labeled.class);
            assertThat(((Labeled) table.getPlaceholder()).getText()).as("placeholder of %s", where)
                    .isNotBlank().doesNotContain("No content");
        });
    }

    @Test
    void theViewMenuListsTheScreensInTheSidebarsOrderAndItsShortcutsOpenThem(FxRobot robot) {
        app.waitForLayout("A test");
        javafx.scene.control.ListView<Screen> nav = robot.lookup("#navList").query();
        java.util.List<String> sidebar = nav.getItems().stream().map(Screen::title).toList();
        javafx.scene.control.Menu view = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().filter(m -> m.getText().replace("_", "").equals("View")).findFirst().orElseThrow();
        java.util.List<String> menu = view.getItems().stream().filter(i -> i.getAccelerator() != null
                && i.getAccelerator().getName().matches(".*\\d")).map(javafx.scene.control.MenuItem::getText).toList();
        assertThat(menu).as("the View menu's screens").isEqualTo(sidebar).hasSize(6);

        javafx.scene.input.KeyCode[] digits = {javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.DIGIT2,
                javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.DIGIT5,
                javafx.scene.input.KeyCode.DIGIT6};
        for (int i = digits.length - 1; i >= 0; i--) {
            robot.press(javafx.scene.input.KeyCode.CONTROL, digits[i]).release(digits[i], javafx.scene.input.KeyCode.CONTROL);
            Screen expected = nav.getItems().get(i);
            app.waitUntil(() -> app.window.get(MainWindowViewModel.class).screenProperty().get() == expected);
            assertThat(nav.getSelectionModel().getSelectedItem()).as("Ctrl+%d", i + 1).isEqualTo(expected);
        }
    }

    /** The bundled sample guide's row leaves "Categories" blank (it said 0); the playlist's says 7. */
    private void guideHasNoCategoryCount(FxRobot robot) {
        TableView<dev.lineup.service.library.SourceInfo> sources = robot.lookup("#sourceTable").queryTableView();
        app.waitUntil(() -> sources.getItems().size() == 2);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<dev.lineup.service.library.SourceInfo, String> categories =
                (javafx.scene.control.TableColumn<dev.lineup.service.library.SourceInfo, String>) sources.getColumns()
                        .stream().filter(c -> c.getText().equals("Categories")).findFirst().orElseThrow();
        Map<String, String> shown = new java.util.TreeMap<>();
        sources.getItems().forEach(s -> shown.put(s.name(), categories.getCellData(s)));
        assertThat(shown).containsEntry("Sample guide", "").containsEntry("Sample", "7");
    }

    /** Each table of the main window once, with where it was first seen. */
    private void collect(FxRobot robot, String screen, Map<TableView<?>, String> into) {
        for (Node n : robot.lookup(".table-view").queryAll()) {
            if (n instanceof TableView<?> t && n.getScene() == app.window.scene()) {
                into.putIfAbsent(t, screen + " #" + t.getId());
            }
        }
    }
}
