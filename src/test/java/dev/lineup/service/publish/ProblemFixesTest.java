package dev.lineup.service.publish;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.CliRun;
import dev.lineup.cli.PublishFixture;
import dev.lineup.model.ProblemFix;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.SyncProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target's publish problems are fixed by the next publish that goes through there, once: History gets one row
 * saying what was fixed and how (the wizard's way out when the wizard did it), and a later good publish adds none.
 */
class ProblemFixesTest {
    @TempDir
    Path tmp;
    Path data;
    Path folder;

    @BeforeEach
    void aPublishMeetsAnotherComputersLock() throws Exception {
        data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        folder = data.resolve("published"); // the "local" target every installation starts with: Family's
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("lockfile.json"), liveLease(Instant.now()));
        CliRun held = run(data, "publish", "Family", "--target", "local");
        assertThat(held.code()).as(held.err()).isEqualTo(3);
    }

    @Test
    void theNextGoodPublishFixesTheProblemOnceAndSaysHow() throws Exception {
        Files.delete(folder.resolve("lockfile.json"));
        ok(run(data, "publish", "Family", "--target", "local"));
        ok(run(data, "publish", "Family", "--target", "local"));
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService publishing = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            List<ProblemFix> fixes = publishing.fixes(10);
            assertThat(fixes).hasSize(1);
            assertThat(fixes.get(0).target()).isEqualTo("local");
            assertThat(fixes.get(0).kinds()).containsExactly(ProblemKind.LEASE_HELD.label());
            assertThat(fixes.get(0).how()).isEqualTo("publishing again (started from command line)");
        }
    }

    @Test
    void theWizardsWayOutIsWhatHistorySays() throws Exception {
        // The other computer stopped long ago: its lock is stale, and the wizard removes it.
        Files.writeString(folder.resolve("lockfile.json"), liveLease(Instant.now().minusSeconds(3600)));
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService publishing = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            SyncProblem held = publishing.history().recent(1).get(0);
            RecoverySession session = RecoverySession.start(publishing, new TargetService(ws.store(), Env.SYSTEM),
                    held, "local", "Family");
            RecoverySession.Outcome done = session.run(RecoveryAction.TAKE_OVER_STALE, RecoverySession.Choice.NONE,
                    dev.lineup.task.Cancellation.none());
            assertThat(done.published()).isPresent();
            List<ProblemFix> fixes = publishing.fixes(10);
            assertThat(fixes).hasSize(1);
            assertThat(fixes.get(0).how()).isEqualTo("the recovery wizard: Removed the stale lock of \"Office PC\"");
        }
    }

    static String liveLease(Instant heartbeat) {
        String at = heartbeat.toString();
        return "{\"schema\":1,\"lockId\":\"office-lock\",\"purpose\":\"publish layout 'Office'\",\"owner\":{"
                + "\"instanceId\":\"office-id\",\"instanceName\":\"Office PC\",\"host\":\"office-host\",\"user\":\"bob\","
                + "\"pid\":4242,\"appVersion\":\"1\"},\"acquiredAt\":\"" + at + "\",\"heartbeatAt\":\"" + at
                + "\",\"ttlSeconds\":120,\"generation\":7}";
    }
}
