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
        assertThat(message.getText()).isEqualTo("The connect timeout must be from 1 to 600 seconds, not 0.");
        assertThat(UiFixture.offFx(() -> app.services.settings().load().connectTimeout()))
                .isEqualTo(Integer.parseInt(before));

        robot.doubleClickOn(timeout).eraseText(1).write("25");
        robot.clickOn("#saveSettings");
        app.waitUntil(() -> message.getText().equals("Saved."));
        assertThat(UiFixture.offFx(() -> app.services.settings().load().connectTimeout())).isEqualTo(25);
    }

    @Test
    void eachRowSaysItsUnitAndRangeOnceAndABackupReadsAsTodayWithItsAge(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        robot.clickOn(robot.lookup("#navList").lookup((Node n) -> n instanceof ListCell
                && "Settings".equals(((ListCell<?>) n).getText())).queryAs(Node.class));
        assertThat(robot.lookup("#settingsIntervalRange").queryAs(Label.class).getText())
                .isEqualTo("minutes, from 5 to 10,080");
        assertThat(robot.lookup("#settingsConnectTimeoutRange").queryAs(Label.class).getText())
                .isEqualTo("seconds, from 1 to 600");
        assertThat(robot.lookup("#settingsBackupKeepRange").queryAs(Label.class).getText())
                .isEqualTo("backups, from 1 to 1,000");
        // The labels name the setting only: the unit is said once, after the field.
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Refresh sources every:", "Connect timeout:", "Read timeout:")
                .noneMatch(t -> t != null && (t.contains("(minutes)") || t.contains("(s)") || t.contains("whole number")));

        robot.clickOn("#backupNow");
        Label message = robot.lookup("#settingsMessage").queryAs(Label.class);
        app.waitUntil(() -> message.getText().startsWith("Backed up"));
        javafx.scene.control.ListView<?> list = robot.lookup("#backupList").queryAs(javafx.scene.control.ListView.class);
        app.waitUntil(() -> !list.getItems().isEmpty());
        // The one short local form with its age, as everywhere else; no seconds, no AM/PM, no file name.
        assertThat(robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class)).extracting(ListCell::getText)
                .anyMatch(t -> t != null && t.matches("today \\d\\d:\\d\\d \\((just now|\\d+ s ago)\\) — backed up by you"))
                .allMatch(t -> t == null || !t.contains(".db") && !t.contains(" AM") && !t.contains(" PM"));
        assertThat(message.getText()).matches("Backed up: today \\d\\d:\\d\\d \\(.+\\) — backed up by you\\.");
    }
}
