package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.app.TargetInfo;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.FxIoGuard;
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
 * "Sign in again" for a target added with a bare access token (no app key, so no browser sign-in): the
 * wizard asks for a new token in a field that does not show it, stores it, and the retry publishes. Before
 * that, the Publish screen no longer says "signed in" for the token Dropbox refused.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class RecoveryWizardPastedTokenUiTest {
    @TempDir
    static Path tmp;
    private FakeDropbox fake;
    private Stage stage;
    private WizardFixture w;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fake = FakeDropbox.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (w != null) {
            w.close();
        }
        fake.close();
    }

    private TargetInfo box() {
        return w.app.services.publish().targets().stream().filter(t -> t.name().equals("box")).findFirst().orElseThrow();
    }

    @Test
    void aRevokedPastedTokenIsReplacedByPastingANewOneThenRetryPublishes(FxRobot robot) throws Exception {
        String old = fake.newAccessToken("Fake User");
        robot.interact(() -> {
            try {
                w = WizardFixture.start(stage, tmp, fake, Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                        "BOX_TOKEN", old), "--access-token-env", "BOX_TOKEN");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        fake.revokeToken(old); // the user removed the app at Dropbox

        w.publishUntilWizard(robot, "Revoked");
        assertThat(w.actions()).containsExactly(RecoveryAction.REAUTHORIZE);
        assertThat(w.wizard().actions().get(0).explanation()).startsWith("This target was added with a token: paste");
        assertThat(box().signInWorks()).isFalse();
        assertThat(box().describe()).startsWith("Dropbox /IPTV · sign-in refused (Revoked at ");

        robot.clickOn("#action-REAUTHORIZE");
        w.waitFor(10, () -> robot.lookup("#dialogSecret").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(w.outcome(robot)).as("cancelled: nothing ran").doesNotContain("Stored");
        w.focusWizard(robot);

        String fresh = fake.newAccessToken("Fake User");
        robot.clickOn("#action-REAUTHORIZE");
        w.waitFor(10, () -> robot.lookup("#dialogSecret").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#dialogSecret").queryAs(javafx.scene.control.PasswordField.class).setText(fresh));
        robot.clickOn("OK");
        assertThat(w.awaitOutcome(robot)).isEqualTo("Stored the new token. Retry the publish now.");
        assertThat(w.browsed).as("no browser for a token-only target").isEmpty();

        w.focusWizard(robot);
        robot.clickOn("#recoveryRetry");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());
        assertThat(w.outcome(robot)).isEqualTo("Retried; published generation " + w.manifestGeneration("/IPTV") + ".");
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
        assertThat(box().signInWorks()).isTrue();
        assertThat(box().describe()).isEqualTo("Dropbox /IPTV · signed in");
        assertThat(w.outcome(robot)).doesNotContain(fresh);
    }
}
