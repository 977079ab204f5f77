package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.Lease;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.mainwindow.Screen;
import dev.lineup.ui.publish.PublishUiAccess;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The status bar's "Another computer is publishing — fix…" does not outlive the problem: while the other
 * installation holds the lock it stays; once that lock is released, closing the wizard looks again and the
 * indicator goes, and the Publish screen says the folder is free instead of keeping its red line. Real database,
 * real Dropbox SDK against the fake.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class StaleProblemClearsUiTest {
    @TempDir
    static Path tmp;
    private WizardFixture w;

    @Start
    void start(Stage stage) throws Exception {
        w = WizardFixture.withAccessToken(stage, tmp);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void theIndicatorStaysWhileTheLockIsHeldAndGoesOnceItWasReleased(FxRobot robot) throws Exception {
        Lease held = w.officeHoldsTheLock();
        w.publishUntilWizard(robot, "LeaseHeld");
        assertThat(robot.lookup("#problemIndicator").queryButton().getText())
                .isEqualTo("⚠ Another computer is publishing (box) — fix…");

        // Closed while Office PC still holds the lock: the look finds it held, the indicator stays.
        TaskMonitor monitor = w.app.window.get(TaskMonitor.class);
        int looks = looks(monitor);
        robot.clickOn("#recoveryClose");
        w.app.waitUntil(() -> looks(monitor) > looks);
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#publishMessage").queryLabeled().getText()).startsWith("Another computer is publishing");

        // Office PC finishes and releases its lock; the next look (here: closing the wizard again) clears it.
        held.release();
        robot.clickOn("#problemIndicator");
        w.app.waitUntil(() -> robot.lookup("#recoveryClose").tryQuery().filter(n -> n.getScene().getWindow().isShowing())
                .isPresent());
        robot.clickOn("#recoveryClose");
        w.app.waitUntil(() -> !robot.lookup("#problemIndicator").queryButton().isVisible());
        assertThat(robot.lookup("#publishMessage").queryLabeled().getText())
                .isEqualTo("The other computer no longer holds the folder of box: you can publish again.");
        assertThat(robot.lookup("#publishMessage").queryLabeled().getStyleClass()).as("all clear, not red").contains("success");
        assertThat(PublishUiAccess.row(w.app, "Family").activityProperty().get())
                .isEqualTo("the folder is free again: ready to publish");
        assertThat(w.fake.content("/IPTV/family.m3u")).as("a look publishes nothing").isEmpty();

        // History lists the failed publish with its facts, its times in the local form like every other time.
        PublishUiAccess.showScreen(robot, w.app, Screen.HISTORY);
        TableView<?> events = robot.lookup("#eventTable").queryTableView();
        w.app.waitUntil(() -> events.getItems().size() >= 2);
        List<String> texts = robot.from(events).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> c.getGraphic() instanceof Text t ? t.getText() : c.getText()).filter(Objects::nonNull).toList();
        assertThat(texts).anyMatch(t -> t.startsWith("Another computer is publishing: held by \"Office PC\""))
                .noneMatch(t -> t.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*"));
    }

    private static int looks(TaskMonitor monitor) {
        return (int) monitor.log().stream().filter(r -> r.name().equals("Checking whether box is still in use")).count();
    }
}
