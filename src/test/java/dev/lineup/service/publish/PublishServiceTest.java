package dev.lineup.service.publish;

import dev.lineup.sync.Publisher;
import dev.lineup.sync.PublishEvent;
import dev.lineup.task.Progress;
import java.util.function.Consumer;
import dev.lineup.output.Hashing;
import dev.lineup.model.Role;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.cli.PublishFixture;
import dev.lineup.model.Installation;
import dev.lineup.model.Layout;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.Manifest;
import dev.lineup.output.RenderResult;
import dev.lineup.sync.LeaseInfo;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.RecoveryActions;
import dev.lineup.sync.SyncProblem;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.Manifest;
import dev.lineup.output.RenderResult;
import dev.lineup.sync.StagedFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.lineup.task.Cancellation;
import java.util.stream.Stream;
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
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE)) {
            Layout family = ws.store().layouts().load("Family").orElseThrow();
            ws.store().layouts().save(new Layout("Kids", family.options(), family.groups()));
            PublishResult both = service.publish(List.of(), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(both.layouts()).containsExactly("Family", "Kids");
            // Kids changes (its group is renamed), so its publish writes the folder's index again.
            ws.store().layouts().save(new Layout("Kids", family.options(), List.of(new dev.lineup.model.LayoutGroup(
                    "For the kids", false, family.groups().get(0).channels()))));
            PublishResult kids = service.publish(List.of("Kids"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(kids.report().generation()).isEqualTo(2);
            Path out = data.resolve("published");
            assertThat(out.resolve("family.m3u")).exists();
            assertThat(out.resolve("kids.m3u")).exists();
            assertThat(dev.lineup.sync.FolderIndex.parse(Files.readAllBytes(out.resolve("lineup-manifest.json")))
                    .layouts()).containsOnlyKeys("family", "kids");
            assertThat(ws.store().settings().get("layout.Kids.generation")).hasValue("2");
            assertThat(ws.store().settings().get("layout.Family.generation")).hasValue("1");
        }
    }

    @Test
    void aCancelledPublishWritesNothingAndLeavesTheFolderUnlocked() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE)) {
            Cancellation cancel = new Cancellation();
            Consumer<PublishEvent> cancelOnLease = event -> {
                if (event instanceof PublishEvent.LeaseAcquired) {
                    cancel.cancel();
                }
            };
            assertThatThrownBy(() -> service.publish(List.of("Family"), "local", Progress.NONE, cancelOnLease, cancel))
                    .isInstanceOf(CancellationException.class);
            Path out = data.resolve("published");
            assertThat(out.resolve("family.m3u")).doesNotExist();
            assertThat(out.resolve("lockfile.json")).doesNotExist();
            assertThat(service.locks().status("local")).isEmpty();
        }
    }

    /**
     * Renders as the app does, then pads every file to 20 MiB (three 8 MiB blocks into the local folder): the
     * guides go up before the playlist (its header names their links), so whichever file goes first is big.
     */
    private static PublishService.Stager bigFiles() {
        return (store, layout, dir, progress) -> {
            RenderResult r = LayoutOutput.render(store, layout, dir, progress);
            List<Manifest.FileEntry> files = new ArrayList<>();
            for (Manifest.FileEntry f : r.manifest().files()) {
                Path file = dir.resolve(f.name());
                Files.write(file, ("#" + "x".repeat(20 * 1024 * 1024) + "\n").getBytes(StandardCharsets.US_ASCII),
                        StandardOpenOption.APPEND);
                files.add(new Manifest.FileEntry(f.name(), Files.size(file), Hashing.sha256(file)));
            }
            Manifest m = r.manifest();
            Manifest big = new Manifest(m.schema(), m.layout(), m.generation(), m.createdAt(), m.instance(), files);
            Files.write(dir.resolve(Manifest.FILE_NAME), big.toJson());
            return new RenderResult(big, r.channels(), r.guideChannels(), r.programmes(), r.programmesDropped(),
                    r.missingChannels(), r.playlistIssues());
        };
    }

    @Test
    void aCancelDuringABigUploadStopsWithinTheFileAndReleasesTheLease() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE, bigFiles())) {
            Cancellation cancel = new Cancellation();
            List<Long> seen = new CopyOnWriteArrayList<>();
            Progress cancelOnFirstBlock = (phase, sent, size) -> {
                if (phase.equals(Publisher.UPLOAD_PHASE)) {
                    seen.add(sent);
                    cancel.cancel(); // the user presses Cancel while the first block is in
                }
            };
            assertThatThrownBy(() -> service.publish(List.of("Family"), "local", cancelOnFirstBlock,
                    PublishEvent.IGNORED, cancel))
                    .isInstanceOf(CancellationException.class);
            assertThat(seen).containsExactly(8L * 1024 * 1024);
            Path out = data.resolve("published");
            assertThat(out.resolve("family.m3u")).doesNotExist();
            assertThat(out.resolve("lineup-manifest.json")).doesNotExist();
            assertThat(out.resolve("lockfile.json")).doesNotExist();
            assertThat(service.locks().status("local")).isEmpty();
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .noneMatch(n -> n.startsWith(".lineup-tmp-") || n.startsWith("family."));
            }
        }
    }

    @Test
    void recoveryActionsSwitchTheRoleUseASeparateFolderAndReOutput() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE)) {
            RecoveryActions actions = service.recoveryActions("local", List.of("Family"), Progress.NONE,
                    PublishEvent.IGNORED, r -> { });
            SyncProblem lost = SyncProblem.leaseLost(3, Optional.empty(), Instant.now(), "local");
            assertThat(actions.available(lost)).containsExactly(RecoveryAction.RE_OUTPUT, RecoveryAction.MAKE_SECONDARY);

            Path separate = tmp.resolve("separate");
            actions.useSeparateFolder(separate.toString());
            actions.reOutput();
            assertThat(separate.resolve("family.m3u")).exists();

            actions.switchToSecondary(Role.SECONDARY_LOCAL);
            assertThat(ws.store().installation().get().map(Installation::role)).hasValue(Role.SECONDARY_LOCAL);
            assertThat(service.role()).isEqualTo(Role.SECONDARY_LOCAL);
        }
    }

    @Test
    void aSecondaryIsNeverOfferedCleanSlateAndCleanSlateNeverTakesTheLeaseOrDeletes() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            ws.store().installation().init("Living room", Role.SECONDARY_LOCAL);
            RecoveryActions actions = service.recoveryActions("local", List.of("Family"), Progress.NONE,
                    PublishEvent.IGNORED, r -> { });
            SyncProblem full = SyncProblem.of(new dev.lineup.sync.SyncException(dev.lineup.sync.ProblemKind.QUOTA_FULL,
                    "the folder is full"), "local", Instant.now());
            assertThat(actions.available(full)).containsExactly(RecoveryAction.OPEN_PROVIDER_PAGE,
                    RecoveryAction.USE_SEPARATE_FOLDER);

            Path published = data.resolve("published");
            String generation = Files.readString(published.resolve("lineup-generation.json"));
            assertThatThrownBy(() -> actions.cleanSlate("clean slate")).isInstanceOf(IllegalStateException.class);
            assertThat(published.resolve("family.m3u")).exists();
            assertThat(published.resolve("lockfile.json")).doesNotExist();
            assertThat(published.resolve("lineup-generation.json")).hasContent(generation);
        }
    }

    @Test
    void aPublishProblemNamesItsTargetSoTheRecoveryScreenFindsItWithoutOpeningAnyTarget() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Files.writeString(data.resolve("published").resolve("family.m3u"), "#EXTM3U\n# edited by hand\n");
            ws.store().settings().set(LayoutOutput.DUMMY_BLOCK_MINUTES, "0"); // so the publish has something to write

            assertThatThrownBy(() -> service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null))
                    .isInstanceOf(dev.lineup.sync.SyncProblemException.class);
            SyncProblem recorded = service.history().recent(1).get(0);
            assertThat(recorded.kind()).isEqualTo(dev.lineup.sync.ProblemKind.REMOTE_CHANGED);
            assertThat(recorded.target()).isEqualTo("local");
            assertThat(new TargetService(ws.store(), Env.SYSTEM).targetNamed(recorded.target())).hasValue("local");
        }
    }
}
