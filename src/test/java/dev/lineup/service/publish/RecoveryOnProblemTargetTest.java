package dev.lineup.service.publish;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.cli.PublishFixture;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishEvent;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.SyncProblemException;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery wizard's ways out publish to the folder where the problem was met, not to the folder the layout
 * usually goes to: "Family" goes to the local folder, but the user published it to a shared folder that Office
 * PC was publishing to. Taking the lock over, rendering again and publishing under another name all go to the
 * shared folder, and the layout's own folder is left untouched. Real store, real folders, the real lease.
 */
class RecoveryOnProblemTargetTest {
    @TempDir
    Path tmp;

    @Test
    void everyWayOutPublishesToTheTargetWhereTheProblemWasMet() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Path shared = tmp.resolve("shared");
        ok(run(data, "target", "add", "local", "shared", "--folder", shared.toString()));
        Path ownFolder = data.resolve("published");
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService publishing = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            publishing.checkLinks(false);
            TargetService targets = new TargetService(ws.store(), Env.SYSTEM);
            assertThat(targets.targetOf("Family")).as("the layout's own target").isEqualTo("local");
            PublishFixture.officePcHolds(ws, "shared");
            SyncProblemException met = catchThrowableOfType(() -> publishing.publish(List.of("Family"), "shared",
                    Progress.NONE, PublishEvent.IGNORED, null), SyncProblemException.class);
            assertThat(met.problem().kind()).isEqualTo(ProblemKind.LEASE_HELD);

            RecoverySession session = RecoverySession.start(publishing, targets, met.problem(), "shared", "Family");
            RecoverySession.Outcome taken = session.run(RecoveryAction.FORCE_TAKEOVER, RecoverySession.Choice.NONE,
                    Cancellation.none());
            assertThat(taken.published()).hasValueSatisfying(r -> assertThat(r.target()).isEqualTo("shared"));
            assertThat(shared.resolve("family.m3u")).exists();
            assertThat(shared.resolve("lineup-manifest.json")).exists();
            assertThat(ownFolder.resolve("lineup-manifest.json")).as("the layout's own folder is untouched")
                    .doesNotExist();

            RecoverySession.Outcome again = session.run(RecoveryAction.RE_OUTPUT, RecoverySession.Choice.NONE,
                    Cancellation.none());
            assertThat(again.published()).hasValueSatisfying(r -> assertThat(r.target()).isEqualTo("shared"));

            RecoverySession.Outcome renamed = session.run(RecoveryAction.PUBLISH_UNDER_OTHER_NAME,
                    RecoverySession.Choice.renamedTo("Lounge"), Cancellation.none());
            assertThat(renamed.published()).hasValueSatisfying(r -> assertThat(r.target()).isEqualTo("shared"));
            assertThat(shared.resolve("lounge.m3u")).exists();
            assertThat(ownFolder.resolve("lineup-manifest.json")).doesNotExist();
            assertThat(ownFolder.resolve("lounge.m3u")).doesNotExist();
        }
    }

    @Test
    void aProblemOpenedFromHistoryActsOnTheLayoutsLastPublishedToItsTarget() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Path shared = tmp.resolve("shared");
        ok(run(data, "target", "add", "local", "shared", "--folder", shared.toString()));
        ok(run(data, "publish", "Family", "--target", "shared"));
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService publishing = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            publishing.checkLinks(false);
            TargetService targets = new TargetService(ws.store(), Env.SYSTEM);
            assertThat(targets.layoutsOf("shared")).as("no layout goes there by its own choice").isEmpty();
            PublishFixture.officePcHolds(ws, "shared");
            SyncProblemException met = catchThrowableOfType(() -> publishing.publish(List.of("Family"), "shared",
                    Progress.NONE, PublishEvent.IGNORED, null), SyncProblemException.class);

            // As History opens it: the problem alone, no layout named.
            RecoverySession session = RecoverySession.start(publishing, targets, met.problem(), "shared", null);
            assertThat(session.layouts()).containsExactly("Family");
            RecoverySession.Outcome taken = session.run(RecoveryAction.FORCE_TAKEOVER, RecoverySession.Choice.NONE,
                    Cancellation.none());
            assertThat(taken.published()).hasValueSatisfying(r -> {
                assertThat(r.target()).isEqualTo("shared");
                assertThat(r.layouts()).containsExactly("Family");
            });
            assertThat(data.resolve("published").resolve("lineup-manifest.json")).doesNotExist();
        }
    }
}
