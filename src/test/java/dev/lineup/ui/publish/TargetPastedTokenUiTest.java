package dev.lineup.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.publish.TargetInfo;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import java.nio.file.Path;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Sign in" on the Publish screen for a Dropbox target added with a bare access token (no app key):
 * after Dropbox revoked the token, the screen says the sign-in was refused, and Sign in asks for a new
 * token in a hidden field instead of failing for want of an app key; the next publish goes through.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class TargetPastedTokenUiTest {
    @TempDir
    static Path tmp;
    private FakeDropbox fake;
    private UiFixture app;
    private String old;

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDropbox.start();
        old = fake.newAccessToken("Fake User");
        app = PublishUiAccess.startWithDropbox(stage, tmp, fake, java.util.Map.of("BOX_TOKEN", old),
                "--access-token-env", "BOX_TOKEN").app();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        fake.close();
    }

    private static TargetInfo box(TargetsViewModel vm) {
        return vm.targets().stream().filter(t -> t.name().equals("box")).findFirst().orElse(null);
    }

    @Test
    void aRefusedTokenIsShownAsSuchAndSignInStoresAPastedOne(FxRobot robot) {
        fake.revokeToken(old);
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        app.waitUntil(() -> PublishUiAccess.selected(app) != null);
        robot.clickOn("#publishNow");
        app.waitUntil(() -> "failed: Lineup's access was withdrawn".equals(PublishUiAccess.row(app, "Family").activityProperty().get()));
        robot.interact(() -> app.window.get(dev.lineup.ui.recovery.RecoveryWindow.class).stage().hide());

        TargetsViewModel targets = app.window.get(TargetsViewModel.class);
        robot.interact(targets::load);
        app.waitUntil(() -> box(targets) != null && !box(targets).signInWorks());
        assertThat(box(targets).describe()).startsWith("Dropbox /IPTV · sign-in refused (Revoked at ");

        robot.clickOn(robot.lookup("#targetTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "box".equals(c.getText())).findFirst().orElseThrow());
        robot.clickOn("#signIn");
        app.waitUntil(() -> robot.lookup("#dialogSecret").tryQuery().isPresent());
        String fresh = fake.newAccessToken("Fake User");
        robot.interact(() -> robot.lookup("#dialogSecret").queryAs(PasswordField.class).setText(fresh));
        robot.clickOn("OK");
        app.waitUntil(() -> box(targets).signInWorks());
        assertThat(robot.lookup("#targetMessage").queryLabeled().getText())
                .isEqualTo("Stored a new token for \"box\"; the next publish uses it.");

        robot.clickOn("#publishNow");
        app.waitUntil(() -> String.valueOf(PublishUiAccess.row(app, "Family").activityProperty().get())
                .startsWith("published generation "));
        assertThat(fake.content("/IPTV/family.m3u")).isPresent();
    }
}
