package dev.lineup.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Settings screen refuses a value outside its range before saving, with the range in words, and saves a good one. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class SettingsValidationUiTest {
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
    void aZeroSecondTimeoutIsRefusedWithTheRangeAndNothingIsSaved(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        robot.clickOn(robot.lookup("#navList").lookup((Node n) -> n instanceof ListCell
                && "Settings".equals(((ListCell<?>) n).getText())).queryAs(Node.class));
        TextField timeout = robot.lookup("#settingsConnectTimeout").queryAs(TextField.class);
        app.waitUntil(() -> !timeout.getText().isEmpty());
        String before = timeout.getText();
        robot.doubleClickOn(timeout).eraseText(before.length()).write("0");
        robot.clickOn("#saveSettings");
        Label message = robot.lookup("#settingsMessage").queryAs(Label.class);
        app.waitUntil(() -> !message.getText().isEmpty());
        assertThat(message.getText()).isEqualTo("Connect timeout must be a whole number from 1 to 600 (seconds), not 0.");
        assertThat(UiFixture.offFx(() -> app.services.settings().load().connectTimeout()))
                .isEqualTo(Integer.parseInt(before));

        robot.doubleClickOn(timeout).eraseText(1).write("25");
        robot.clickOn("#saveSettings");
        app.waitUntil(() -> message.getText().equals("Saved."));
        assertThat(UiFixture.offFx(() -> app.services.settings().load().connectTimeout())).isEqualTo(25);
    }
}
