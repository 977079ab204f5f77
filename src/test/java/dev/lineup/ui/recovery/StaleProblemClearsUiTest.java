package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.TargetConfig;
import dev.lineup.service.common.Env;
import dev.lineup.service.publish.Targets;
import dev.lineup.sync.Lease;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.RetryPacer;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.mainwindow.Screen;
import dev.lineup.ui.publish.PublishUiAccess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
    private FakeDropbox fake;
    private String token;
    private Map<String, String> env;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDropbox.start();
        token = fake.newAccessToken("Fake User");
        PublishUiAccess.DropboxApp started = PublishUiAccess.startWithDropbox(stage, tmp, fake,
                Map.of("BOX_TOKEN", token), "--access-token-env", "BOX_TOKEN");
        app = started.app();
        env = started.env();
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    /** "Office PC", another installation on another computer, holding the lock of /IPTV, live. */
    private Lease officeHoldsTheLock() throws Exception {
        dev.lineup.sync.TokenStore mem = dev.lineup.sync.TokenStore.inMemory();
        mem.put("box", dev.lineup.sync.OAuthTokens.accessOnly(token));
        PublishTarget target = Targets.open(new TargetConfig("box", "dropbox", "{\"folder\":\"/IPTV\"}"), mem,
                Env.overlay(env));
        LeaseManager other = new LeaseManager(target, RetryPacer.standard(),
                new LeaseOwner("office-id", "Office PC", "office-host", "bob", 4242, "test"), Duration.ofSeconds(300));
        return other.acquire("publish layout 'Office'");
    }

    @Test
    void theIndicatorStaysWhileTheLockIsHeldAndGoesOnceItWasReleased(FxRobot robot) throws Exception {
        Lease held = officeHoldsTheLock();
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        app.waitUntil(() -> PublishUiAccess.selected(app) != null);
        robot.clickOn("#publishNow");
        app.waitUntil(() -> robot.lookup("#action-FORCE_TAKEOVER").tryQuery().isPresent());
        assertThat(robot.lookup("#problemIndicator").queryButton().getText())
                .isEqualTo("⚠ Another computer is publishing (box) — fix…");

        // Closed while Office PC still holds the lock: the look finds it held, the indicator stays.
        TaskMonitor monitor = app.window.get(TaskMonitor.class);
        int looks = looks(monitor);
        robot.clickOn("#recoveryClose");
        app.waitUntil(() -> looks(monitor) > looks);
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#publishMessage").queryLabeled().getText()).startsWith("Another computer is publishing");

        // Office PC finishes and releases its lock; the next look (here: closing the wizard again) clears it.
        held.release();
        robot.clickOn("#problemIndicator");
        app.waitUntil(() -> robot.lookup("#recoveryClose").tryQuery().filter(n -> n.getScene().getWindow().isShowing())
                .isPresent());
        robot.clickOn("#recoveryClose");
        app.waitUntil(() -> !robot.lookup("#problemIndicator").queryButton().isVisible());
        assertThat(robot.lookup("#publishMessage").queryLabeled().getText())
                .isEqualTo("The other computer no longer holds the folder of box: you can publish again.");
        assertThat(robot.lookup("#publishMessage").queryLabeled().getStyleClass()).as("all clear, not red").contains("success");
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get())
                .isEqualTo("the folder is free again: ready to publish");
        assertThat(fake.content("/IPTV/family.m3u")).as("a look publishes nothing").isEmpty();

        // History lists the failed publish with its facts, its times in the local form like every other time.
        PublishUiAccess.showScreen(robot, app, Screen.HISTORY);
        javafx.scene.control.TableView<?> events = robot.lookup("#eventTable").queryTableView();
        app.waitUntil(() -> events.getItems().size() >= 2);
        java.util.List<String> texts = robot.from(events).lookup(".table-cell").queryAllAs(
                javafx.scene.control.TableCell.class).stream().map(c -> c.getGraphic() instanceof javafx.scene.text.Text t
                        ? t.getText() : c.getText()).filter(java.util.Objects::nonNull).toList();
        assertThat(texts).anyMatch(t -> t.startsWith("Another computer is publishing: held by \"Office PC\""))
                .noneMatch(t -> t.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*"));
    }

    private static int looks(TaskMonitor monitor) {
        return (int) monitor.log().stream().filter(r -> r.name().equals("Checking whether box is still in use")).count();
    }
}
