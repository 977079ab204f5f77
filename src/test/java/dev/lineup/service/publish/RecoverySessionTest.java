package dev.lineup.service.publish;

import dev.lineup.service.common.Env;
import dev.lineup.task.Cancellation;
import dev.lineup.service.workspace.Workspace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.PublishFixture;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's fixes for a full or forbidden local folder, over a real store and a real folder. */
class RecoverySessionTest {
    @TempDir
    Path tmp;

    @Test
    void openProviderPageOfALocalFolderShowsThatFolderAndKeepTheirsPublishesNothing() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        List<String> shown = new CopyOnWriteArrayList<>();
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService publishing = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            TargetService targets = new TargetService(ws.store(), Env.SYSTEM);
            targets.setBrowser(shown::add);
            SyncProblem full = SyncProblem.of(new SyncException(ProblemKind.QUOTA_FULL, "no space left"), "local",
                    Instant.now());
            RecoverySession session = RecoverySession.start(publishing, targets, full, "local", "Family");
            assertThat(session.available()).startsWith(RecoveryAction.OPEN_PROVIDER_PAGE);

            RecoverySession.Outcome opened = session.run(RecoveryAction.OPEN_PROVIDER_PAGE, RecoverySession.Choice.NONE,
                    Cancellation.none());
            assertThat(shown).containsExactly(data.resolve("published").toUri().toString());
            assertThat(opened.published()).isEmpty();

            RecoverySession.Outcome kept = session.run(RecoveryAction.KEEP_THEIRS, RecoverySession.Choice.NONE, Cancellation.none());
            assertThat(kept.message()).isEqualTo("Kept their version; nothing was published.");
            assertThat(data.resolve("published").resolve("lineup-manifest.json")).doesNotExist();
        }
    }
}
