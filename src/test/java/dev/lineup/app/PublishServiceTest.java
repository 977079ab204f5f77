package dev.lineup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.cli.PublishFixture;
import dev.lineup.model.Installation;
import dev.lineup.model.Layout;
import dev.lineup.sync.LeaseInfo;
import dev.lineup.sync.PublishListener;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.RecoveryActions;
import dev.lineup.sync.Role;
import dev.lineup.sync.SyncProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service the CLI and the UI share, over a real store and a real local folder. */
class PublishServiceTest {
    @TempDir
    Path tmp;

    @Test
    void publishingOneLayoutKeepsTheFilesAnotherLayoutPublishedToTheSameFolder() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null)) {
            Layout family = ws.store().layouts().load("Family").orElseThrow();
            ws.store().layouts().save(new Layout("Kids", family.options(), family.groups()));
            PublishResult both = service.publish(List.of(), "local", PublishListener.NONE, null);
            assertThat(both.layouts()).containsExactly("Family", "Kids");
            PublishResult kids = service.publish(List.of("Kids"), "local", PublishListener.NONE, null);
            assertThat(kids.report().generation()).isEqualTo(2);
            Path out = data.resolve("published");
            assertThat(out.resolve("family.m3u")).exists();
            assertThat(out.resolve("kids.m3u")).exists();
            assertThat(Files.readString(out.resolve("lineup-manifest.json"))).contains("\"Family, Kids\"");
            assertThat(ws.store().settings().get("layout.Kids.generation")).hasValue("2");
            assertThat(ws.store().settings().get("layout.Family.generation")).hasValue("1");
        }
    }

    @Test
    void aCancelledPublishWritesNothingAndLeavesTheFolderUnlocked() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null)) {
            AtomicBoolean cancel = new AtomicBoolean();
            PublishListener cancelOnLease = new PublishListener() {
                @Override
                public void leaseAcquired(LeaseInfo lease, String note) {
                    cancel.set(true);
                }
            };
            assertThatThrownBy(() -> service.publish(List.of("Family"), "local", cancelOnLease, cancel::get))
                    .isInstanceOf(CancellationException.class);
            Path out = data.resolve("published");
            assertThat(out.resolve("family.m3u")).doesNotExist();
            assertThat(out.resolve("lockfile.json")).doesNotExist();
            assertThat(service.locks().status("local")).isEmpty();
        }
    }

    @Test
    void recoveryActionsSwitchTheRoleUseASeparateFolderAndReOutput() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null)) {
            RecoveryActions actions = service.recoveryActions("local", List.of("Family"), PublishListener.NONE);
            SyncProblem lost = SyncProblem.leaseLost(3, Optional.empty(), Instant.now(), "local");
            assertThat(actions.available(lost)).containsExactly(RecoveryAction.RE_OUTPUT, RecoveryAction.MAKE_SECONDARY);

            Path separate = tmp.resolve("separate");
            actions.useSeparateFolder(separate.toString());
            actions.reOutput();
            assertThat(separate.resolve("family.m3u")).exists();

            actions.switchToSecondary(Role.SECONDARY_LOCAL);
            assertThat(ws.store().installation().get().map(Installation::role)).hasValue(Installation.Role.SECONDARY_LOCAL);
            assertThat(service.role()).isEqualTo(Role.SECONDARY_LOCAL);
        }
    }
}
