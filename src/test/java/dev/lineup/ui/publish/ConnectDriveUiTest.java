package dev.lineup.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.publish.TargetInfo;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
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
 * "Connect Google Drive" with a client id built in ({@code LINEUP_GDRIVE_CLIENT_ID} standing in for the build
 * property) against the fake Drive: one click signs in, the suggested name and folder make a target that
 * publishes; a refused consent adds nothing.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class ConnectDriveUiTest {
    @TempDir
    static Path tmp;
    private FakeDrive fake;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDrive.start();
        Path dir = Files.createTempDirectory(tmp, "case");
        Path data = PublishUiAccess.seed(dir.resolve("data"), dir);
        app = PublishUiAccess.start(stage, data, Map.of("LINEUP_GDRIVE_ROOT_URL", fake.rootUrl(),
                "LINEUP_GDRIVE_CLIENT_ID", "lineup-distribution.apps.googleusercontent.com"));
    }

    @AfterEach
    void stop() throws Exception {
        ConnectUiAccess.closeDialogs(new FxRobot());
        app.close();
        fake.close();
    }

    @Test
    void oneClickSignsInAndTheNewTargetPublishes(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        ConnectUiAccess.Browser browser = ConnectUiAccess.browser(app, fake.rootUrl());
        robot.clickOn("#connectDrive");
        ConnectUiAccess.waitShowing(robot, "#connectAdd");
        assertThat(browser.opened).singleElement().asString()
                .contains("client_id=lineup-distribution.apps.googleusercontent.com")
                .contains("scope=" + java.net.URLEncoder.encode("https://www.googleapis.com/auth/drive.file",
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ConnectUiAccess.text(robot, "#connectName")).isEqualTo("Google Drive");
        assertThat(ConnectUiAccess.text(robot, "#connectFolder")).isEqualTo("Lineup");

        robot.clickOn("#connectAdd");
        app.waitUntil(() -> ConnectUiAccess.target(app, "Google Drive") != null);
        TargetInfo added = ConnectUiAccess.target(app, "Google Drive");
        assertThat(added.signedIn()).isTrue();
        assertThat(added.tokenOnly()).isFalse();
        assertThat(ConnectUiAccess.publishFamilyTo(robot, app, "Google Drive")).startsWith("published generation ");
        assertThat(fake.file("Lineup", "family.m3u")).isPresent();
    }

    @Test
    void aRefusedConsentAddsNothing(FxRobot robot) {
        fake.oauth().denyConsent(true);
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        ConnectUiAccess.browser(app, fake.rootUrl());
        robot.clickOn("#connectDrive");
        ConnectUiAccess.waitShowing(robot, "#connectSignIn");
        app.waitUntil(() -> !ConnectUiAccess.text(robot, "#connectMessage").isEmpty());
        assertThat(ConnectUiAccess.text(robot, "#connectMessage")).isEqualTo("Google Drive says access was not "
                + "allowed, so nothing was added. Try again and choose Allow in the browser.");
        assertThat(app.window.get(TargetsViewModel.class).targets()).extracting(TargetInfo::name).containsExactly("local");
    }
}
