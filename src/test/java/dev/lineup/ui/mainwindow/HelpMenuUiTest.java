package dev.lineup.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.common.AppInfo;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app's identity: its title and icon, Help → About, and Help's shortcuts to the data folder and the log. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class HelpMenuUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;
    private Path dir;
    private Stage stage;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory(tmp, "data");
        app = UiFixture.start(stage, dir);
        app.window.get(MainWindowViewModel.class).setOpener(opened::add);
    }

    @AfterEach
    void close() throws InterruptedException {
        app.close();
    }

    @Test
    void theWindowIsTitledLineupWithTheInstallationsNameAndHasTheIcon() {
        assertThat(stage.getTitle()).isEqualTo("Lineup — Test PC");
        assertThat(stage.getIcons()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(stage.getIcons().get(0).getUrl()).endsWith("assets/icon/lineup-16.png");
    }

    @Test
    void helpOpensTheDataFolderAndTheLogInTheDesktopsOwnApps(FxRobot robot) {
        robot.clickOn("Help").clickOn("Open the data folder");
        robot.clickOn("Help").clickOn("Open the log");
        assertThat(opened).containsExactly(AppInfo.uriOf(dir), AppInfo.uriOf(dir.resolve("logs").resolve("lineup.log")));
    }

    @Test
    void aboutSaysTheVersionWhereTheDataAndLogAreAndTheLicences(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Lineup");
        app.waitUntil(() -> robot.lookup("#aboutLicences").tryQuery().isPresent()
                && !robot.lookup("#aboutLicences").queryAs(TextArea.class).getText().startsWith("Loading"));

        assertThat(robot.lookup("#aboutVersion").queryAs(TextField.class).getText()).isEqualTo(AppInfo.version())
                .isNotEqualTo(AppInfo.UNKNOWN_VERSION);
        assertThat(robot.lookup("#aboutDataDir").queryAs(TextField.class).getText()).isEqualTo(dir.toString());
        assertThat(robot.lookup("#aboutLogFile").queryAs(TextField.class).getText())
                .isEqualTo(dir.resolve("logs").resolve("lineup.log").toString());
        assertThat(robot.lookup("#aboutLicences").queryAs(TextArea.class).getText())
                .contains("javafx controls").contains("GPLv2+CE").contains("picocli");
        // The dialog belongs to the main window and left it as it was.
        Stage about = (Stage) robot.lookup("#aboutDialog").queryAs(javafx.scene.Node.class).getScene().getWindow();
        assertThat(about.getOwner()).isSameAs(stage);
        assertThat(about.getX() + about.getWidth() / 2).isCloseTo(stage.getX() + stage.getWidth() / 2,
                org.assertj.core.data.Offset.offset(2.0));
        robot.clickOn("Close");
    }

    @Test
    void aDialogOverAMaximizedWindowLeavesItMaximized(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        robot.clickOn("Help").clickOn("About Lineup");
        app.waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        Stage about = (Stage) robot.lookup("#aboutDialog").queryAs(javafx.scene.Node.class).getScene().getWindow();
        assertThat(stage.isMaximized()).isTrue();
        assertThat(about.getX()).isGreaterThanOrEqualTo(stage.getX());
        assertThat(about.getY()).isGreaterThanOrEqualTo(stage.getY());
        robot.clickOn("Close");
        assertThat(stage.isMaximized()).isTrue();
    }
}
