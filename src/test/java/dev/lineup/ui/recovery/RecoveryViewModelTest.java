package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.cli.PublishFixture;
import dev.lineup.output.LayoutOutput;
import dev.lineup.service.common.Env;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.RecoverySession;
import dev.lineup.service.publish.StartedBy;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.Lease;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishEvent;
import dev.lineup.task.Progress;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import dev.lineup.sync.SyncProblemException;
import dev.lineup.task.SameThreadTaskExecutor;
import dev.lineup.testing.WithoutFxToolkit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery wizard's state over a real installation publishing to a local folder: a problem's ways out
 * in the wizard's order, choosing one, the solved state, a fix that does not help, and recorded problems
 * that no longer apply. Plain JUnit on the same-thread executor: no JavaFX toolkit ({@link WithoutFxToolkit}).
 */
@ExtendWith(WithoutFxToolkit.class)
class RecoveryViewModelTest {
    private static final String HAND_EDITED = "#EXTM3U\n# edited by hand\n";
    @TempDir
    Path tmp;
    private Path data;
    private Path published;
    private Workspace ws;
    private PublishService publishing;
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final ProblemCenter center = new ProblemCenter();
    private RecoveryViewModel wizard;

    @BeforeEach
    void openInstallation() throws Exception {
        data = PublishFixture.installation(tmp.resolve("data"), "Den PC", tmp);
        published = data.resolve("published");
        ws = Workspace.open(data, null, m -> { });
        publishing = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP);
        wizard = new RecoveryViewModel(publishing, new TargetService(ws.store(), Env.SYSTEM), tasks, center);
    }

    @AfterEach
    void close() throws Exception {
        publishing.close();
        ws.close();
        assertThat(tasks.unhandledErrors()).isEmpty();
    }

    @Test
    void aChangedPublishedFileOffersItsWaysOutInOrderAndOverwriteEndsInTheSolvedState() throws Exception {
        OpenProblem p = remoteChanged();

        wizard.open(p);

        assertThat(wizard.titleProperty().get()).isEqualTo("Someone changed a published file");
        assertThat(wizard.kindProperty().get()).isEqualTo(ProblemKind.REMOTE_CHANGED);
        assertThat(wizard.runningProperty().get()).isFalse();
        assertThat(wizard.actions()).extracting(RecoveryViewModel.ActionItem::action)
                .containsExactly(RecoveryAction.OVERWRITE, RecoveryAction.KEEP_THEIRS, RecoveryAction.RE_OUTPUT);
        assertThat(wizard.actions()).filteredOn(a -> a.action() == RecoveryAction.OVERWRITE).singleElement()
                .satisfies(a -> {
                    assertThat(a.dangerous()).as("the window asks before overwriting").isTrue();
                    assertThat(a.explanation()).isEqualTo("Publishes this installation's files over the changed ones.");
                });
        assertThat(wizard.actions()).filteredOn(a -> a.action() == RecoveryAction.KEEP_THEIRS)
                .extracting(RecoveryViewModel.ActionItem::dangerous).containsExactly(false);

        wizard.perform(RecoveryAction.OVERWRITE, RecoverySession.Choice.NONE);

        assertThat(wizard.resolvedProperty().get()).as(wizard.outcomeProperty().get()).isTrue();
        assertThat(wizard.titleProperty().get()).isEqualTo("Published");
        assertThat(wizard.summaryProperty().get()).isEqualTo(wizard.outcomeProperty().get()).isNotBlank();
        assertThat(wizard.actions()).as("no ways out left over a solved problem").isEmpty();
        assertThat(wizard.facts()).isEmpty();
        assertThat(center.latestProperty().get()).as("the status bar's problem is gone").isNull();
        assertThat(Files.readString(published.resolve("family.m3u"))).isNotEqualTo(HAND_EDITED).contains("#EXTINF");
    }

    @Test
    void cancelChangesNothingAndKeepsTheWaysOutOnShow() throws Exception {
        wizard.open(remoteChanged());
        int offered = wizard.actions().size();

        wizard.perform(RecoveryAction.CANCEL, RecoverySession.Choice.NONE);

        assertThat(wizard.outcomeProperty().get()).isEqualTo("Nothing was changed.");
        assertThat(wizard.resolvedProperty().get()).isFalse();
        assertThat(wizard.actions()).hasSize(offered);
        assertThat(Files.readString(published.resolve("family.m3u"))).isEqualTo(HAND_EDITED);
        assertThat(center.latestProperty().get()).as("still the status bar's problem").isNotNull();
    }

    @Test
    void aRetryThatMeetsTheSameHeldLockSaysSoAndOffersTheWaysOutAgain() throws Exception {
        Lease held = PublishFixture.officePcHoldsLocal(ws);
        SyncProblemException e = catchThrowableOfType(() -> publishing.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null), SyncProblemException.class);
        wizard.open(OpenProblem.of(e, "local", "Family"));
        assertThat(wizard.titleProperty().get()).isEqualTo("Another computer is publishing");
        assertThat(wizard.factLines()).contains("Held by: Office PC", "Computer: office-host");
        assertThat(wizard.canRetryProperty().get()).isTrue();

        wizard.retryPublish();

        assertThat(wizard.outcomeProperty().get()).startsWith("That did not fix it. Another computer is publishing: Held by \"Office PC\"");
        assertThat(wizard.resolvedProperty().get()).isFalse();
        assertThat(wizard.actions()).extracting(RecoveryViewModel.ActionItem::action)
                .contains(RecoveryAction.WAIT_AND_RETRY, RecoveryAction.FORCE_TAKEOVER, RecoveryAction.CANCEL);
        assertThat(published.resolve("family.m3u")).as("nothing was written beside their lock").doesNotExist();
        held.release();
    }

    @Test
    void aRecordedLockProblemWhoseLockIsGoneSaysItNoLongerApplies() throws Exception {
        Lease held = PublishFixture.officePcHoldsLocal(ws);
        catchThrowableOfType(() -> publishing.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null),
                SyncProblemException.class);
        held.release();
        SyncProblem recorded = publishing.history().recent(1).get(0);

        wizard.open(OpenProblem.recorded(recorded));

        assertThat(wizard.outcomeProperty().get())
                .isEqualTo("This no longer applies: the folder is free now. Retry the publish when you are ready.");
        assertThat(wizard.actions()).isEmpty();
        assertThat(wizard.canRetryProperty().get()).isTrue();

        wizard.retryPublish();
        assertThat(wizard.resolvedProperty().get()).as(wizard.outcomeProperty().get()).isTrue();
        assertThat(published.resolve("family.m3u")).exists();
    }

    @Test
    void aRecordedProblemOfATargetThatIsGoneHasNothingToFix() {
        SyncProblem recorded = SyncProblem.of(new SyncException(ProblemKind.QUOTA_FULL, "no space left"), "old box",
                Instant.now());

        wizard.open(OpenProblem.recorded(recorded));

        assertThat(wizard.outcomeProperty().get()).isEqualTo("This target no longer exists, so there is nothing to fix there.");
        assertThat(wizard.actions()).isEmpty();
        assertThat(wizard.runningProperty().get()).isFalse();
    }

    /** A published playlist edited by hand since, met by the next publish (reported, as the Publish screen does). */
    private OpenProblem remoteChanged() throws Exception {
        publishing.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
        Files.writeString(published.resolve("family.m3u"), HAND_EDITED);
        ws.store().settings().set(LayoutOutput.DUMMY_BLOCK_MINUTES, "0"); // so the next publish has something to write
        SyncProblemException e = catchThrowableOfType(() -> publishing.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null), SyncProblemException.class);
        OpenProblem p = OpenProblem.of(e, "local", "Family");
        center.report(p);
        return p;
    }
}
