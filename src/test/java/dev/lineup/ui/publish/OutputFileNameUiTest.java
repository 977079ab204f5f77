package dev.lineup.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A layout's output file name edited in the desktop: the dialog warns that player links change, refuses a name
 * that is not allowed (as {@code layout set-file-name} does), and the next publish writes the new files.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class OutputFileNameUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "case");
        data = PublishUiAccess.seed(dir.resolve("data"), dir);
        app = PublishUiAccess.start(stage, data, Map.of());
    }

    private void enterFileName(FxRobot robot, String name, String shownBefore) {
        robot.clickOn("File").clickOn("Output file name…");
        assertThat(robot.lookup("#dialogNote").queryLabeled().getText())
                .contains("every player then needs the new URL");
        assertThat(robot.lookup("#dialogField0").queryTextInputControl().getText()).isEqualTo(shownBefore);
        robot.clickOn("#dialogField0").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(name).type(KeyCode.ENTER);
    }

    @Test
    void aNewFileNameIsWarnedAboutCheckedAndPublishedUnder(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.LAYOUTS);
        app.chooseLayout(robot, "Family");

        enterFileName(robot, "Living Room", "family");
        app.waitUntil(() -> app.editor().messageProperty().get().contains("lower-case"));
        assertThat(app.editor().messageProperty().get()).startsWith("The file name was not changed: ");
        assertThat(app.services.layouts().fileName("Family")).as("a name that is not allowed").isEqualTo("family");

        enterFileName(robot, "kids", "family");
        app.waitUntil(() -> app.editor().messageProperty().get().contains("writes kids.m3u already"));
        assertThat(app.services.layouts().fileName("Family")).as("the Kids layout writes kids.m3u")
                .isEqualTo("family");

        enterFileName(robot, "living-room", "family");
        app.waitUntilStored(() -> app.services.layouts().fileName("Family").equals("living-room"));
        assertThat(app.editor().messageProperty().get()).contains("living-room.m3u").contains("new links");

        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        robot.interact(() -> app.window.get(PublishViewModel.class).selectedProperty()
                .set(PublishUiAccess.row(app, "Family")));
        robot.clickOn("#publishNow");
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().startsWith("published"));
        Path out = data.resolve("published");
        assertThat(out.resolve("living-room.m3u")).content().contains("One News")
                .contains(out.resolve("living-room.xml.gz").toUri().toString());
        assertThat(out.resolve("living-room.xml.gz")).exists();
        assertThat(out.resolve("family.m3u")).as("never published under the old name").doesNotExist();
    }
}
