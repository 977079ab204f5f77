package dev.lineup.ui.recovery;

import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.TargetConfig;
import dev.lineup.service.common.Env;
import dev.lineup.service.publish.Targets;
import dev.lineup.sync.ForceConfirmation;
import dev.lineup.sync.Lease;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.TokenStore;
import dev.lineup.ui.FxIoGuard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The wizard when someone else acts on the folder in the middle of a publish: another installation takes
 * the lock over (LeaseLost: who took it, re-output or become a secondary), or someone edits the manifest
 * (RemoteChanged: which file, who, when; overwrite after confirming, or keep theirs).
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class RecoveryWizardLeaseLostAndRemoteChangeUiTest {
    private static final String BLOCKED_MANIFEST = "{\"edited\":\"by hand\"}";
    @TempDir
    static Path tmp;
    private WizardFixture w;
    private PublishTarget office;

    @Start
    void start(Stage stage) throws Exception {
        w = WizardFixture.withAccessToken(stage, tmp);
        TokenStore mem = TokenStore.inMemory();
        mem.put("box", OAuthTokens.accessOnly(w.env.get("BOX_TOKEN")));
        office = Targets.open(new TargetConfig("box", "dropbox", "{\"folder\":\"/IPTV\"}"), mem, Env.overlay(w.env));
    }

    @AfterEach
    void stop() throws Exception {
        office.close();
        w.close();
    }

    /** Clicks Publish, holds the publish after its first uploaded file, runs {@code meanwhile}, lets it go on. */
    private void publishWhile(FxRobot robot, ThrowingRunnable meanwhile) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        w.fake.holdResponses("sharing", release);
        int before = w.fake.requests().size();
        w.clickPublish(robot);
        w.waitFor(30, () -> w.fake.requests().stream().skip(before).anyMatch(r -> r.path().contains("sharing")));
        try {
            meanwhile.run();
        } finally {
            release.countDown();
            w.fake.holdResponses("sharing", null);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** "Office PC" (host office-host, pid 4242) takes the lock by a confirmed force. */
    private Lease officeTakesOver() throws Exception {
        LeaseManager m = new LeaseManager(office, RetryPacer.standard(),
                new LeaseOwner("office-id", "Office PC", "office-host", "bob", 4242, "test"), Duration.ofSeconds(300));
        return m.forceTakeover("publish layout 'Office'", ForceConfirmation.of(m.status().orElseThrow()));
    }

    @Test
    void aLockTakenOverMidPublishShowsWhoTookItAndReOutputPublishesOnceTheyAreDone(FxRobot robot) throws Exception {
        Lease[] theirs = new Lease[1];
        publishWhile(robot, () -> theirs[0] = officeTakesOver());
        w.awaitWizard(robot, "LeaseLost");

        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText())
                .isEqualTo("Another installation took over the folder while this one was publishing.");
        assertThat(w.factsShown(robot)).containsEntry("Target", "Dropbox /IPTV").containsEntry("Taken over by", "Office PC")
                .containsEntry("Computer", "office-host").containsEntry("Process id", "4242")
                .containsEntry("Generation", "2").containsEntry("Our generation", "1")
                .hasEntrySatisfying("At", at -> assertThat(at).doesNotContain("T").matches(".*\\((just now|.+ ago)\\)"))
                .hasEntrySatisfying("Details", d -> assertThat(d).startsWith("Taken over by \"Office PC\""));
        assertThat(w.actions()).containsExactly(RecoveryAction.RE_OUTPUT, RecoveryAction.MAKE_SECONDARY)
                .doesNotContain(RecoveryAction.FORCE_TAKEOVER, RecoveryAction.CLEAN_SLATE, RecoveryAction.WAIT_AND_RETRY);
        assertThat(w.published("/IPTV/lineup-manifest.json")).as("the stopped publish wrote no manifest").isEmpty();

        theirs[0].release(); // the office is done
        robot.clickOn("#action-RE_OUTPUT");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());

        assertThat(w.outcome(robot)).isEqualTo("Rendered again; published generation 3.");
        assertThat(w.manifestGeneration("/IPTV")).isEqualTo(3);
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isFalse();
    }

    @Test
    void becomingASecondaryAfterALostLockStopsOfferingToPublish(FxRobot robot) throws Exception {
        publishWhile(robot, this::officeTakesOver);
        w.awaitWizard(robot, "LeaseLost");

        robot.clickOn("#action-MAKE_SECONDARY");
        assertThat(w.dialogText(robot)).contains("This computer will stop publishing to the cloud and never take the lock again.");
        robot.clickOn("OK");
        assertThat(w.awaitOutcome(robot))
                .isEqualTo("This computer now keeps its layouts to itself: it writes them to a folder on this computer "
                        + "and no longer publishes to the cloud.");
        assertThat(w.app.services.publish().role()).isEqualTo(Role.SECONDARY_LOCAL);

        // Opened again from the status bar, the wizard no longer offers anything that publishes.
        w.focusWizard(robot);
        robot.clickOn("#recoveryClose");
        w.waitFor(10, () -> !w.wizardShowing());
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isTrue();
        robot.clickOn("#problemIndicator");
        w.awaitWizard(robot, "LeaseLost");
        assertThat(w.actions()).doesNotContain(RecoveryAction.RE_OUTPUT, RecoveryAction.CLEAN_SLATE,
                RecoveryAction.FORCE_TAKEOVER, RecoveryAction.WAIT_AND_RETRY);
    }

    /** Publishes generation 1; then someone edits the playlist, and edits the manifest while we publish again. */
    private void manifestEditedDuringSecondPublish(FxRobot robot) throws Exception {
        w.fake.shareFolder("/IPTV");
        w.publishOk(robot, 1);
        // Removed (not edited: an edit between publishes is RemoteChanged of that file), so the next
        // publish has a file to upload while Bob edits the manifest.
        w.fake.deleteFile("/IPTV/family.m3u", "Bob Other");
        publishWhile(robot, () -> w.fake.putFile("/IPTV/lineup-manifest.json",
                BLOCKED_MANIFEST.getBytes(StandardCharsets.UTF_8), "Bob Other"));
        w.awaitWizard(robot, "RemoteChanged");
    }

    @Test
    void aManifestEditedMidPublishShowsWhoAndWhenAndAConfirmedOverwritePublishes(FxRobot robot) throws Exception {
        manifestEditedDuringSecondPublish(robot);

        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText())
                .isEqualTo("A published file was changed by someone else.");
        assertThat(w.factsShown(robot)).containsEntry("File", "lineup-manifest.json")
                .containsEntry("Changed by", "Bob Other")
                .hasEntrySatisfying("Changed at", at -> assertThat(at).doesNotContain("T").matches(".*\\((just now|.+ ago)\\)"))
                .hasEntrySatisfying("Details", d -> assertThat(d).startsWith("lineup-manifest.json was changed by Bob Other at ")
                        .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT"))
                .hasEntrySatisfying("Revision", r -> assertThat(r).isEqualTo(w.fake.rev("/IPTV/lineup-manifest.json").orElseThrow()));
        assertThat(w.actions()).containsExactly(RecoveryAction.OVERWRITE, RecoveryAction.KEEP_THEIRS, RecoveryAction.RE_OUTPUT)
                .doesNotContain(RecoveryAction.FORCE_TAKEOVER, RecoveryAction.CLEAN_SLATE);

        robot.clickOn("#action-OVERWRITE");
        assertThat(w.dialogText(robot)).isEqualTo("Overwrite the file someone else changed with this installation's version?");
        robot.clickOn("OK");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());

        assertThat(w.outcome(robot)).isEqualTo("Overwrote their change; published generation 3.");
        assertThat(w.manifestGeneration("/IPTV")).isEqualTo(3);
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
    }

    @Test
    void keepingTheirVersionPublishesNothing(FxRobot robot) throws Exception {
        manifestEditedDuringSecondPublish(robot);
        int writes = w.fake.writeLog().size();

        robot.clickOn("#action-KEEP_THEIRS");
        assertThat(w.awaitOutcome(robot)).isEqualTo("Kept their version; nothing was published.");

        assertThat(w.published("/IPTV/lineup-manifest.json")).isEqualTo(BLOCKED_MANIFEST);
        assertThat(w.fake.writeLog()).hasSize(writes);
        assertThat(w.wizard().resolvedProperty().get()).isFalse();
    }
}
