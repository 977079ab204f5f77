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
 * "Connect Dropbox" in a build without an app key: the dialog explains how to create one's own app (the
 * permissions and redirect address the code really uses), checks the key by signing in with it, and offers a
 * pasted access token instead. A refused consent or an unknown key adds nothing. Against the fake Dropbox,
 * which knows only the app key "my-own-app".
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class ConnectOwnAppUiTest {
    @TempDir
    static Path tmp;
    private FakeDropbox fake;
    private UiFixture app;
    private ConnectUiAccess.Browser browser;

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDropbox.start();
        fake.knownAppKeys("my-own-app");
        Path dir = Files.createTempDirectory(tmp, "case");
        Path data = PublishUiAccess.seed(dir.resolve("data"), dir);
        // An empty variable is no key, whatever the machine running the tests has set.
        app = PublishUiAccess.start(stage, data, Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                "LINEUP_DROPBOX_APP_KEY", ""));
        browser = ConnectUiAccess.browser(app, fake.baseUrl().toString());
    }

    @AfterEach
    void stop() throws Exception {
        ConnectUiAccess.closeDialogs(new FxRobot());
        app.close();
        fake.close();
    }

    private void openOwnAppPage(FxRobot robot) {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        robot.clickOn("#connectDropbox");
        ConnectUiAccess.waitShowing(robot, "#connectCheck");
    }

    @Test
    void theStepsNameTheRealPermissionsAndRedirectAndCheckSignsInWithTheKey(FxRobot robot) {
        openOwnAppPage(robot);
        assertThat(ConnectUiAccess.text(robot, "#connectPermissions")).isEqualTo("account_info.read "
                + "files.metadata.read files.content.read files.content.write sharing.read sharing.write");
        assertThat(ConnectUiAccess.text(robot, "#connectRedirect")).isEqualTo("http://127.0.0.1/");
        robot.clickOn("#connectConsole");
        app.waitUntil(() -> !browser.opened.isEmpty());
        assertThat(browser.opened).containsExactly("https://www.dropbox.com/developers/apps");
        assertThat(robot.lookup("#connectCheck").queryButton().isDisabled()).as("no key yet").isTrue();

        ConnectUiAccess.type(robot, "#connectKey", " my-own-app ");
        robot.clickOn("#connectCheck");
        ConnectUiAccess.waitShowing(robot, "#connectAdd");
        assertThat(browser.opened.get(1)).contains("client_id=my-own-app").contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A");
        ConnectUiAccess.type(robot, "#connectName", "Living room box");
        ConnectUiAccess.type(robot, "#connectFolder", "/IPTV");
        robot.clickOn("#connectAdd");
        app.waitUntil(() -> ConnectUiAccess.target(app, "Living room box") != null);
        TargetInfo t = ConnectUiAccess.target(app, "Living room box");
        assertThat(t.describe()).isEqualTo("Dropbox /IPTV · signed in as " + fake.accountId("Fake User"));
        assertThat(t.tokenOnly()).as("signs in again with the user's own app key").isFalse();
    }

    @Test
    void aRefusedConsentIsSaidPlainlyAndAddsNothing(FxRobot robot) {
        fake.denyConsent(true);
        openOwnAppPage(robot);
        ConnectUiAccess.type(robot, "#connectKey", "my-own-app");
        robot.clickOn("#connectCheck");
        ConnectUiAccess.waitShowing(robot, "#connectCheck");
        app.waitUntil(() -> !ConnectUiAccess.text(robot, "#connectMessage").isEmpty());
        assertThat(ConnectUiAccess.text(robot, "#connectMessage")).isEqualTo("Dropbox says access was not "
                + "allowed, so nothing was added. Try again and choose Allow in the browser.");
        assertThat(ConnectUiAccess.text(robot, "#connectKey")).as("the key is kept to try again").isEqualTo("my-own-app");
        assertThat(app.window.get(TargetsViewModel.class).targets()).extracting(TargetInfo::name).containsExactly("local");
    }

    @Test
    void anUnknownKeyNeverComesBackAndCancelAddsNothing(FxRobot robot) throws InterruptedException {
        openOwnAppPage(robot);
        ConnectUiAccess.type(robot, "#connectKey", "typo-key");
        robot.clickOn("#connectCheck");
        ConnectUiAccess.waitShowing(robot, "#connectCancel");
        assertThat(ConnectUiAccess.text(robot, "#connectMessage")).isEmpty();
        assertThat(waitForAnswer()).as("Dropbox's own error page").isEqualTo(400);

        robot.clickOn("#connectCancel");
        ConnectUiAccess.waitShowing(robot, "#connectCheck");
        assertThat(ConnectUiAccess.text(robot, "#connectMessage")).isEqualTo("Sign-in cancelled. Nothing was added.");
        app.waitUntil(() -> true);
        assertThat(app.window.get(TargetsViewModel.class).targets()).extracting(TargetInfo::name).containsExactly("local");
    }

    @Test
    void aPastedAccessTokenMakesATargetThatPublishes(FxRobot robot) throws Exception {
        openOwnAppPage(robot);
        robot.clickOn("#connectUseToken");
        ConnectUiAccess.waitShowing(robot, "#connectToken");
        assertThat(robot.lookup("#connectAddWithToken").queryButton().isDisabled()).as("no token yet").isTrue();
        ConnectUiAccess.type(robot, "#connectToken", fake.newAccessToken("Fake User"));
        ConnectUiAccess.type(robot, "#connectNameToken", "box");
        ConnectUiAccess.type(robot, "#connectFolderToken", "IPTV");
        robot.clickOn("#connectAddWithToken");
        app.waitUntil(() -> !ConnectUiAccess.text(robot, "#connectMessage").isEmpty());
        assertThat(ConnectUiAccess.text(robot, "#connectMessage"))
                .isEqualTo("Not added: a Dropbox folder is a path starting with '/', e.g. /IPTV-2, not \"IPTV\".");

        ConnectUiAccess.type(robot, "#connectFolderToken", "/IPTV");
        robot.clickOn("#connectAddWithToken");
        app.waitUntil(() -> ConnectUiAccess.target(app, "box") != null);
        assertThat(ConnectUiAccess.target(app, "box").tokenOnly()).isTrue();
        assertThat(browser.opened).as("no browser for a pasted token").isEmpty();
        assertThat(ConnectUiAccess.publishFamilyTo(robot, app, "box")).startsWith("published generation ");
        assertThat(fake.content("/IPTV/family.m3u")).isPresent();
    }

    /** The status of the page the browser got (the sign-in task still waits, so no waitUntil here). */
    private int waitForAnswer() throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (browser.answers.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        return browser.answers.isEmpty() ? -1 : browser.answers.get(0);
    }
}
