package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.publish.TargetInfo;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.testing.fakes.dropbox.Fault;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import dev.lineup.ui.FxIoGuard;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The wizard for problems with the Dropbox account: a revoked or expired sign-in is fixed by signing in
 * again through the browser (the fake's consent page) and retrying; a refused folder offers the
 * provider's page; a full account is fixed by a confirmed clean slate or a separate folder; a target added
 * with a bare token is signed in again with a pasted token. None of them
 * offers a lock takeover.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class RecoveryWizardAccountProblemsUiTest {
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

    private void open(Map<String, String> env, String... signIn) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString());
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            try {
                w = WizardFixture.start(stage, tmp, fake, all, signIn);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void signsInAgainThenRetryPublishes(FxRobot robot) throws Exception {
        assertThat(w.actions()).containsExactly(RecoveryAction.REAUTHORIZE);
        assertThat(robot.lookup("#action-REAUTHORIZE").queryButton().getText()).isEqualTo("Sign in again");
        fake.signInAs("Ann Example"); // the user approves in the browser

        robot.clickOn("#action-REAUTHORIZE");
        assertThat(w.awaitOutcome(robot)).isEqualTo("Signed in again. Retry the publish now.");
        assertThat(w.browsed).singleElement().satisfies(u -> assertThat(u).startsWith(fake.baseUrl().toString())
                .contains("client_id=app-key", "code_challenge_method=S256"));
        assertThat(w.app.services.targets().list()).filteredOn(t -> t.name().equals("box"))
                .singleElement().satisfies(t -> assertThat(t.signedIn()).isTrue());

        robot.clickOn("#recoveryRetry");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());
        assertThat(w.outcome(robot)).isEqualTo("Retried; published generation " + w.manifestGeneration("/IPTV") + ".");
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isFalse();
    }

    @Test
    void aRevokedSignInIsFixedBySigningInAgainInTheBrowserThenRetrying(FxRobot robot) throws Exception {
        FakeDropbox.Tokens ann = fake.newRefreshableTokens("Ann Example", "app-key");
        open(Map.of("BOX_REFRESH", ann.refreshToken()), "--app-key", "app-key", "--refresh-token-env", "BOX_REFRESH");
        fake.revokeRefreshToken(ann.refreshToken()); // Ann removed the app from her Dropbox account

        w.publishUntilWizard(robot, "Revoked");

        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText()).isEqualTo("Access for this target was revoked.");
        assertThat(w.factsShown(robot)).containsEntry("Target", "Dropbox /IPTV")
                .hasEntrySatisfying("Details", d -> assertThat(d).doesNotStartWith("Revoked").contains("sign in to Dropbox again")
                        .doesNotContain(ann.refreshToken()));
        assertThat(w.actions()).doesNotContain(RecoveryAction.FORCE_TAKEOVER, RecoveryAction.CLEAN_SLATE,
                RecoveryAction.WAIT_AND_RETRY);
        signsInAgainThenRetryPublishes(robot);
    }

    @Test
    void anExpiredSignInWithAnAppKeyIsFixedBySigningInAgain(FxRobot robot) throws Exception {
        String token = fake.newAccessToken("Ann Example");
        open(Map.of("BOX_TOKEN", token), "--app-key", "app-key", "--access-token-env", "BOX_TOKEN");
        fake.expireToken(token);

        w.publishUntilWizard(robot, "AuthExpired");

        assertThat(w.factsShown(robot)).hasEntrySatisfying("Details", d -> assertThat(d)
                .doesNotStartWith("AuthExpired").contains("sign-in has expired").doesNotContain(token));
        signsInAgainThenRetryPublishes(robot);
    }

    @Test
    void aRefusedFolderOffersTheProviderPageAndARetryPublishesOnceAllowed(FxRobot robot) throws Exception {
        open(Map.of("BOX_TOKEN", fake.newAccessToken("Fake User")), "--access-token-env", "BOX_TOKEN");
        fake.inject(Fault.forbidden("list_folder", 1));

        w.publishUntilWizard(robot, "Forbidden");

        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText())
                .isEqualTo("The provider does not allow writing to this folder.");
        assertThat(w.factsShown(robot)).containsEntry("Target", "Dropbox /IPTV")
                .hasEntrySatisfying("Details", d -> assertThat(d).doesNotStartWith("Forbidden"));
        assertThat(w.actions()).containsExactly(RecoveryAction.OPEN_PROVIDER_PAGE, RecoveryAction.CLEAN_SLATE,
                RecoveryAction.USE_SEPARATE_FOLDER).doesNotContain(RecoveryAction.FORCE_TAKEOVER, RecoveryAction.REAUTHORIZE);

        robot.clickOn("#action-OPEN_PROVIDER_PAGE");
        assertThat(w.awaitOutcome(robot)).isEqualTo("Opened the provider's page in your browser.");
        assertThat(w.browsed).containsExactly("https://www.dropbox.com/home");

        robot.clickOn("#recoveryRetry");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());
        assertThat(w.outcome(robot)).isEqualTo("Retried; published generation " + w.manifestGeneration("/IPTV") + ".");
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
    }

    /** Old exports fill the account: there is room for the lock, not for the playlist. */
    private void fillTheAccount() {
        fake.putFile("/IPTV/old-export.m3u", new byte[200_000], "Fake User");
        fake.setQuota(fake.usedBytes() + 900); // room for lockfile.json and the generation file, not the output
    }

    @Test
    void aFullAccountShowsItsUsageAndAConfirmedCleanSlateMakesRoomAndPublishes(FxRobot robot) throws Exception {
        open(Map.of("BOX_TOKEN", fake.newAccessToken("Fake User")), "--access-token-env", "BOX_TOKEN");
        fillTheAccount();

        w.publishUntilWizard(robot, "QuotaFull");

        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText()).isEqualTo("The storage is full.");
        assertThat(w.factsShown(robot)).containsEntry("Target", "Dropbox /IPTV")
                .hasEntrySatisfying("Usage", u -> assertThat(u).matches("\\d+ KiB of \\d+ KiB used"))
                .doesNotContainKeys("usedBytes", "allocatedBytes")
                .hasEntrySatisfying("Details", d -> assertThat(d).doesNotStartWith("QuotaFull").contains("account is full"));
        assertThat(w.actions()).containsExactly(RecoveryAction.OPEN_PROVIDER_PAGE, RecoveryAction.CLEAN_SLATE,
                RecoveryAction.USE_SEPARATE_FOLDER).doesNotContain(RecoveryAction.FORCE_TAKEOVER, RecoveryAction.REAUTHORIZE);

        robot.clickOn("#action-CLEAN_SLATE");
        assertThat(w.dialogText(robot)).isEqualTo("Delete every published file in the remote folder, then publish again?\n"
                + "Players loading the files get nothing until the publish finishes.");
        robot.clickOn("OK");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());
        assertThat(w.outcome(robot)).matches("Deleted [1-9]\\d* files; published generation "
                + w.manifestGeneration("/IPTV") + "\\.");

        assertThat(fake.content("/IPTV/old-export.m3u")).isEmpty();
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
        assertThat(w.app.services.publish().runs()).as("History lists the wizard's publish")
                .anySatisfy(r -> assertThat(r.outcome()).startsWith("published by the recovery wizard: "));
        assertThat(w.actions()).as("nothing left to fix").isEmpty();
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isFalse();
    }

    @Test
    void aFullAccountCanPublishToASeparateFolderOnceThereIsRoom(FxRobot robot) throws Exception {
        open(Map.of("BOX_TOKEN", fake.newAccessToken("Fake User")), "--access-token-env", "BOX_TOKEN");
        fillTheAccount();
        w.publishUntilWizard(robot, "QuotaFull");

        fake.setQuota(10_000_000); // the user bought more space
        robot.clickOn("#action-USE_SEPARATE_FOLDER");
        w.waitFor(10, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("/IPTV-new");
        robot.clickOn("OK");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());

        assertThat(w.outcome(robot)).isEqualTo("Now publishing to /IPTV-new; published generation 1.");
        assertThat(w.published("/IPTV-new/family.m3u")).contains("One News");
        assertThat(fake.content("/IPTV/old-export.m3u")).as("nothing was deleted").isPresent();
    }

    private TargetInfo box() {
        return w.app.services.targets().list().stream().filter(t -> t.name().equals("box")).findFirst().orElseThrow();
    }

    /**
     * A target added with a bare access token has no app key, so no browser sign-in: "Sign in again" asks
     * for a new token in a field that does not show it, and before that the Publish screen stops saying
     * "signed in" for the token Dropbox refused.
     */
    @Test
    void aRevokedPastedTokenIsReplacedByPastingANewOneThenRetryPublishes(FxRobot robot) throws Exception {
        String old = fake.newAccessToken("Fake User");
        open(Map.of("BOX_TOKEN", old), "--access-token-env", "BOX_TOKEN");
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
