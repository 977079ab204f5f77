package dev.lineup.ui.publish;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.PublishFixture;
import dev.lineup.output.LayoutOutput;
import dev.lineup.service.common.Env;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.StartedBy;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.publish.RecoverySession;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.Lease;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.task.SameThreadTaskExecutor;
import dev.lineup.testing.WithoutFxToolkit;
import dev.lineup.ui.recovery.ProblemCenter;
import dev.lineup.ui.recovery.RecoveryViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Publish screen's and the recovery wizard's view models over a real database and a real local folder
 * target, on the same-thread task executor: no JavaFX toolkit, no window.
 */
@ExtendWith(WithoutFxToolkit.class)
class PublishViewModelTest {
    @TempDir
    Path tmp;
    private Path data;
    private Workspace ws;
    private PublishService publishing;
    private TargetService targets;
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final ProblemCenter center = new ProblemCenter();
    private PublishViewModel vm;

    @BeforeEach
    void openInstallation() throws Exception {
        data = PublishFixture.installation(tmp.resolve("data"), "Den PC", tmp);
        ws = Workspace.open(data, null, m -> { });
        publishing = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP);
        targets = new TargetService(ws.store(), Env.SYSTEM);
        vm = new PublishViewModel(publishing, targets, tasks, center, Runnable::run);
        vm.load();
    }

    @AfterEach
    void close() throws Exception {
        publishing.close();
        ws.close();
    }

    @Test
    void publishNowShowsTheNewGenerationWithItsFilesAndLinksAndHistoryHasTheRun() {
        assertThat(vm.rows()).extracting(PublishRow::layout).containsExactly("Family");
        assertThat(vm.selectedProperty().get().stateProperty().get().neverPublished()).isTrue();
        assertThat(vm.mirrorModeProperty().get()).isFalse();

        assertThat(vm.publishNow()).isTrue();

        PublishRow row = vm.selectedProperty().get();
        assertThat(row.activityProperty().get()).as(vm.messageProperty().get()).isEqualTo("published generation 1");
        assertThat(vm.messageProperty().get()).startsWith("Published Family to local: generation 1")
                .as("the player's-eye check of each link").endsWith(". Players can load every link.");
        Path folder = data.resolve("published");
        assertThat(vm.files()).extracting(PublishReport.FileResult::name).contains("family.m3u");
        assertThat(vm.files()).allSatisfy(f -> assertThat(f.shareLink())
                .isEqualTo(folder.resolve(f.name()).toUri().toString()));
        assertThat(folder.resolve("family.m3u")).exists();
        assertThat(publishing.runs().get(0).startedBy()).isEqualTo("desktop");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(tasks.unhandledErrors()).isEmpty();
    }

    @Test
    void aHeldFolderOpensTheWizardAndAConfirmedTakeoverPublishes() throws Exception {
        Lease held = PublishFixture.officePcHoldsLocal(ws);
        assertThat(vm.publishNow()).isTrue();
        assertThat(center.latestProperty().get()).as("the wizard was opened").isNotNull();
        assertThat(center.latestProperty().get().problem().kind()).isEqualTo(ProblemKind.LEASE_HELD);
        assertThat(vm.selectedProperty().get().activityProperty().get()).isEqualTo("failed: Another computer is publishing");
        assertThat(vm.messageProperty().get()).startsWith("Another computer is publishing: Held by \"Office PC\"")
                .doesNotContain("LeaseHeld").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
        assertThat(data.resolve("published/family.m3u")).doesNotExist();

        RecoveryViewModel wizard = new RecoveryViewModel(publishing, targets, tasks, center);
        wizard.open(center.latestProperty().get());
        assertThat(wizard.factLines()).contains("Held by: Office PC", "Computer: office-host");
        assertThat(wizard.actions()).extracting(RecoveryViewModel.ActionItem::action)
                .contains(RecoveryAction.WAIT_AND_RETRY, RecoveryAction.FORCE_TAKEOVER, RecoveryAction.CANCEL);

        wizard.perform(RecoveryAction.FORCE_TAKEOVER, RecoverySession.Choice.NONE);

        assertThat(wizard.resolvedProperty().get()).as(wizard.outcomeProperty().get()).isTrue();
        assertThat(wizard.outcomeProperty().get()).startsWith("Took over the lock of \"Office PC\"; published generation");
        assertThat(Files.readString(data.resolve("published/family.m3u"))).contains("One News");
        assertThat(data.resolve("published/lockfile.json")).doesNotExist();
        assertThat(held.isLost() || !held.info().owner().instanceName().equals("Den PC")).isTrue();
        assertThat(publishing.runs().get(0).outcome()).startsWith("published");
        assertThat(tasks.unhandledErrors()).isEmpty();
    }

    @Test
    void aMirrorInstallationDownloadsWhatThePrimaryPublishedWithOneButton() throws Exception {
        assertThat(vm.publishNow()).isTrue();
        assertThat(vm.selectedProperty().get().activityProperty().get()).isEqualTo("published generation 1");
        Path kitchen = tmp.resolve("kitchen");
        ok(run(kitchen, "init", "--name", "Kitchen", "--role", "secondary-mirror"));
        ok(run(kitchen, "target", "add", "local", "den", "--folder", data.resolve("published").toString()));
        ok(run(kitchen, "config", "set", "schedule.publish-target", "den"));
        try (Workspace kws = Workspace.open(kitchen, null, m -> { });
             PublishService mirror = new PublishService(kws.store(), kitchen, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            PublishViewModel mvm = new PublishViewModel(mirror, new TargetService(kws.store(), Env.SYSTEM), tasks,
                    center, Runnable::run);
            mvm.load();
            assertThat(mvm.mirrorModeProperty().get()).isTrue();

            assertThat(mvm.mirrorNow()).isTrue();

            Path copy = kitchen.resolve("mirror/den/family.m3u");
            assertThat(mvm.messageProperty().get()).startsWith("Downloaded generation 1 of den into ");
            assertThat(Files.readString(copy)).isEqualTo(Files.readString(data.resolve("published/family.m3u")));
            assertThat(mvm.mirrorNow()).isTrue();
            assertThat(mvm.messageProperty().get()).startsWith("den is already current in ");
            assertThat(data.resolve("published/lockfile.json")).as("a mirror never takes the lease").doesNotExist();
        }
        assertThat(tasks.unhandledErrors()).isEmpty();
    }

    @Test
    void cancellingOutputNowKeepsThePreviousOutputAndSaysSo() throws Exception {
        assertThat(vm.outputNow()).isTrue();
        PublishRow row = vm.selectedProperty().get();
        assertThat(row.activityProperty().get()).isEqualTo("output written");
        Path out = LayoutOutput.defaultDir(ws.store(), "Family");
        Map<String, byte[]> before = contents(out);
        int runs = publishing.runs().size();

        tasks.hold(); // the render is under way when the user presses Cancel in the status bar
        assertThat(vm.outputNow()).isTrue();
        assertThat(row.activityProperty().get()).isEqualTo("writing output\u2026");
        vm.cancelAll(() -> { });
        tasks.runHeld();

        assertThat(row.activityProperty().get()).isEqualTo("cancelled");
        assertThat(vm.messageProperty().get())
                .isEqualTo("Writing the output of Family was cancelled; the output folder keeps what it held before.");
        assertThat(contents(out)).containsOnlyKeys(before.keySet().toArray(String[]::new));
        Map<String, byte[]> after = contents(out);
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(publishing.runs()).as("a cancelled output is not recorded as written").hasSize(runs);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(tasks.finished()).last().asString().endsWith("Cancelled");
        assertThat(tasks.unhandledErrors()).isEmpty();
    }

    private static Map<String, byte[]> contents(Path dir) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
