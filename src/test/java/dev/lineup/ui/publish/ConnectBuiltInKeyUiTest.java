package dev.lineup.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.publish.TargetInfo;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * "Connect Dropbox" in a build that carries an app key (here through {@code LINEUP_DROPBOX_APP_KEY}, as a
 * distributor's build property would): one click opens the consent page, the dialog waits for the answer and
 * then asks only the name and folder, both filled in; the new target publishes. Against the fake Dropbox,
 * which knows only that app key.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class ConnectBuiltInKeyUiTest {
    @TempDir
    static Path tmp;
    private FakeDropbox fake;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDropbox.start();
        fake.knownAppKeys("lineup-distribution-key");
        fake.signInAs("Ann Example");
        Path dir = Files.createTempDirectory(tmp, "case");
        Path data = PublishUiAccess.seed(dir.resolve("data"), dir);
        app = PublishUiAccess.start(stage, data, Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                "LINEUP_DROPBOX_APP_KEY", "lineup-distribution-key"));
    }

    @AfterEach
    void stop() throws Exception {
        ConnectUiAccess.closeDialogs(new FxRobot());
        app.close();
        fake.close();
    }

    @Test
    void oneClickSignsInThenTheSuggestedNameAndFolderMakeATargetThatPublishes(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        ConnectUiAccess.Browser browser = ConnectUiAccess.browser(app, fake.baseUrl().toString());
        robot.clickOn("#connectDropbox");

        ConnectUiAccess.waitShowing(robot, "#connectAdd");
        assertThat(browser.opened).singleElement().asString().startsWith(fake.baseUrl() + "/oauth2/authorize?")
                .contains("client_id=lineup-distribution-key");
        assertThat(browser.answers).containsExactly(200); // the app's "you can close this window" page
        assertThat(ConnectUiAccess.text(robot, "#connectMessage")).isEqualTo("Signed in to Dropbox.");
        assertThat(ConnectUiAccess.text(robot, "#connectName")).isEqualTo("Dropbox");
        assertThat(ConnectUiAccess.text(robot, "#connectFolder")).isEqualTo("/Lineup");
        assertThat(ConnectUiAccess.target(app, "Dropbox")).as("nothing is stored before Add").isNull();

        robot.clickOn("#connectAdd");
        app.waitUntil(() -> ConnectUiAccess.target(app, "Dropbox") != null);
        assertThat(ConnectUiAccess.showing(robot, "#connectAdd")).as("the dialog closed").isFalse();
        TargetInfo added = ConnectUiAccess.target(app, "Dropbox");
        assertThat(added.describe()).isEqualTo("Dropbox /Lineup · signed in as " + fake.accountId("Ann Example"));
        assertThat(added.tokenOnly()).as("it can sign in again with the built-in key").isFalse();
        assertThat(robot.lookup("#targetMessage").queryLabeled().getText())
                .isEqualTo("Added target \"Dropbox\". Choose it for a layout and publish.");

        assertThat(ConnectUiAccess.publishFamilyTo(robot, app, "Dropbox")).startsWith("published generation ");
        assertThat(fake.content("/Lineup/family.m3u")).isPresent();
        assertThat(fake.writeLog()).filteredOn(w -> w.path().equalsIgnoreCase("/Lineup/family.m3u"))
                .extracting(w -> w.accountId()).containsOnly(fake.accountId("Ann Example"));
    }

    @Test
    void cancellingTheWaitAddsNothingAndSignInTriesAgain(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        ConnectUiAccess.Browser browser = new ConnectUiAccess.Browser("http://nowhere.invalid"); // user never answers
        app.services.targets().setBrowser(browser::open);
        robot.clickOn("#connectDropbox");
        ConnectUiAccess.waitShowing(robot, "#connectCancel");
        assertThat(browser.opened).hasSize(1);

        robot.clickOn("#connectCancel");
        ConnectUiAccess.waitShowing(robot, "#connectSignIn");
        assertThat(ConnectUiAccess.text(robot, "#connectMessage")).isEqualTo("Sign-in cancelled. Nothing was added.");
        assertThat(ConnectUiAccess.target(app, "Dropbox")).isNull();

        ConnectUiAccess.Browser answering = ConnectUiAccess.browser(app, fake.baseUrl().toString());
        robot.clickOn("#connectSignIn");
        ConnectUiAccess.waitShowing(robot, "#connectAdd");
        assertThat(answering.answers).containsExactly(200);
    }
}
