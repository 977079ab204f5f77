package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.testing.fakes.dropbox.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The wizard for problems that pass by themselves or need another name: a rate limit counts down from
 * the provider's Retry-After and publishes by itself; an unreachable Dropbox is waited for and retried
 * once it answers again; a name Dropbox refuses offers a separate folder, never a takeover or a clean slate.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class RecoveryWizardRetryProblemsUiTest {
    @TempDir
    static Path tmp;
    private WizardFixture w;

    @Start
    void start(Stage stage) throws Exception {
        // No automatic retries of rate limits: the first one is shown (by default they are retried for 5 minutes).
        w = WizardFixture.withAccessToken(stage, tmp, java.util.Map.of("publish.rate-limit-wait", "0"));
    }

    @AfterEach
    void stop() throws Exception {
        w.close();
    }

    @Test
    void aRateLimitIsAStatusThatCountsDownFromRetryAfterThenPublishesByItself(FxRobot robot) {
        List<String> countdown = new ArrayList<>();
        robot.interact(() -> w.wizard().countdownProperty().addListener((o, was, now) -> countdown.add(now)));
        w.fake.inject(Fault.rateLimited("files/upload$", 1, Duration.ofSeconds(2)).matchingArg("family\\.m3u"));

        w.clickPublish(robot);
        w.waitFor(30, () -> w.wizard().kindProperty().get() == ProblemKind.RATE_LIMITED && !w.wizard().runningProperty().get());
        // Not a problem to fix: no "fix a problem" window, a status in the status bar that counts down.
        assertThat(w.wizardShowing()).isFalse();
        assertThat(robot.lookup("#problemIndicator").queryButton().getText())
                .matches("⏳ The provider asked Lineup to slow down \\(box\\) — retrying in [12] s");
        assertThat(robot.lookup("#problemIndicator").queryButton().getStyleClass()).contains("waiting-indicator")
                .doesNotContain("problem-indicator");
        assertThat(w.wizard().summaryProperty().get()).isEqualTo("The provider asked us to slow down.");
        assertThat(w.wizard().factLines()).contains("Target: Dropbox /IPTV", "Retry after: 2 s")
                .anySatisfy(l -> assertThat(l).startsWith("Details: ").doesNotContain("RateLimited").contains("family.m3u", "retry in 2 s"));
        assertThat(w.actions()).as("nothing to choose: it is retried automatically").isEmpty();
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());

        assertThat(countdown).containsSubsequence("Retrying automatically in 2 s", "Retrying automatically in 1 s", "");
        assertThat(w.wizard().outcomeProperty().get()).isEqualTo("Retried; published generation 2."); // generation 1 was the publish the limit stopped
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isFalse();
        assertThat(w.wizardShowing()).isFalse();
    }

    @Test
    void anUnreachableDropboxIsWaitedForAndRetriedOnceItAnswersAgain(FxRobot robot) throws Exception {
        // Every connection is cut before Dropbox answers: the network is down.
        w.fake.inject(Fault.dropConnection("/2/", 10_000));

        w.publishUntilWizard(robot, "Unreachable");

        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText()).isEqualTo("The target could not be reached.");
        assertThat(w.factsShown(robot)).containsEntry("Target", "Dropbox /IPTV")
                .hasEntrySatisfying("Details", d -> assertThat(d).doesNotStartWith("Unreachable").contains("network error"));
        assertThat(w.actions()).containsExactly(RecoveryAction.WAIT_AND_RETRY);
        assertThat(robot.lookup("#action-WAIT_AND_RETRY").queryButton().getText())
                .isEqualTo(RecoveryAction.WAIT_AND_RETRY.label());
        assertThat(w.fake.content("/IPTV/family.m3u")).isEmpty();

        w.fake.clearFaults(); // the network is back
        robot.clickOn("#action-WAIT_AND_RETRY");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());

        assertThat(w.outcome(robot)).isEqualTo("The folder was free again; published generation 1.");
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
        assertThat(w.manifestGeneration("/IPTV")).isEqualTo(1);
        assertThat(w.actions()).isEmpty();
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isFalse();
    }

    @Test
    void aFolderInTheWayOfAFileOffersASeparateFolderAndPublishesThere(FxRobot robot) throws Exception {
        // Someone made a folder named like the playlist: Dropbox refuses to write the file there.
        w.fake.putFile("/IPTV/family.m3u/notes.txt", "mine".getBytes(), "Fake User");

        w.publishUntilWizard(robot, "BadRequest");

        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText())
                .isEqualTo("The provider refused a file or folder name.");
        assertThat(w.factsShown(robot)).containsEntry("Target", "Dropbox /IPTV")
                .hasEntrySatisfying("Details", d -> assertThat(d).doesNotStartWith("BadRequest")
                        .contains("family.m3u", "folder is in the way"));
        assertThat(w.actions()).containsExactly(RecoveryAction.USE_SEPARATE_FOLDER, RecoveryAction.CANCEL)
                .doesNotContain(RecoveryAction.FORCE_TAKEOVER, RecoveryAction.CLEAN_SLATE);

        robot.clickOn("#action-USE_SEPARATE_FOLDER");
        w.waitFor(10, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("/IPTV-living-room");
        robot.clickOn("OK");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());

        assertThat(w.outcome(robot)).isEqualTo("Now publishing to /IPTV-living-room; published generation 1.");
        assertThat(w.published("/IPTV-living-room/family.m3u")).contains("One News");
        assertThat(w.published("/IPTV/family.m3u/notes.txt")).as("their folder is left alone").isEqualTo("mine");
        assertThat(w.app.services.targets().list()).filteredOn(t -> t.name().equals("box"))
                .extracting(dev.lineup.service.publish.TargetInfo::folder).containsExactly("/IPTV-living-room");
    }

    @Test
    void cancelClosesTheWizardAndPublishesNothing(FxRobot robot) {
        w.fake.putFile("/IPTV/family.m3u/notes.txt", "mine".getBytes(), "Fake User");
        w.publishUntilWizard(robot, "BadRequest");
        int writes = w.fake.writeLog().size();

        robot.clickOn("#action-CANCEL");
        w.waitFor(10, () -> !w.wizardShowing());

        assertThat(w.fake.writeLog()).hasSize(writes);
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).as("the problem stays for later").isTrue();
    }
}
