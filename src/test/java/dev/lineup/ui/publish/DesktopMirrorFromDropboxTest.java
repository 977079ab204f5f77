package dev.lineup.ui.publish;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.PublishFixture;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.service.AppServices;
import dev.lineup.service.DesktopServices;
import dev.lineup.service.common.Env;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.StartedBy;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.task.SameThreadTaskExecutor;
import dev.lineup.testing.ManualTimer;
import dev.lineup.testing.MovableClock;
import dev.lineup.testing.WithoutFxToolkit;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.recovery.ProblemCenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop's mirror on a secondary-mirror installation whose primary publishes to Dropbox. By the button: one
 * press downloads what the primary published there (byte for byte), the next says it is current, and the mirror
 * writes nothing into the shared folder (no lease, no file); the Publish screen's view model on the same-thread
 * executor without the JavaFX toolkit. On schedule: while the app is open, its schedule's turns bring each new
 * publish down. The real Dropbox SDK against the fake.
 */
@ExtendWith(WithoutFxToolkit.class)
class DesktopMirrorFromDropboxTest {
    @TempDir
    Path tmp;

    @Test
    void theMirrorButtonDownloadsWhatThePrimaryPublishedToDropboxAndWritesNothingThere() throws Exception {
        Path den = PublishFixture.installation(tmp.resolve("den"), "Den PC", tmp);
        Path kitchen = tmp.resolve("kitchen");
        SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
        try (FakeDropbox fake = FakeDropbox.start()) {
            Map<String, String> env = denPublishedAndKitchenMirrors(fake, den, kitchen);
            int writesBefore = fake.writeLog().size();

            try (Workspace ws = Workspace.open(kitchen, null, m -> { });
                 PublishService mirror = new PublishService(ws.store(), kitchen, Env.overlay(env), null,
                         StartedBy.DESKTOP)) {
                PublishViewModel vm = new PublishViewModel(mirror, new TargetService(ws.store(), Env.overlay(env)),
                        tasks, new ProblemCenter(), Runnable::run);
                vm.load();
                assertThat(vm.mirrorModeProperty().get()).isTrue();

                assertThat(vm.mirrorNow()).isTrue();
                assertThat(vm.messageProperty().get()).startsWith("Downloaded generation 1 of box into ");
                for (String file : new String[] {"family.m3u", "family.xml.gz"}) {
                    assertThat(Files.readAllBytes(kitchen.resolve("mirror/box").resolve(file))).as(file)
                            .isEqualTo(fake.content("/IPTV/" + file).orElseThrow());
                }

                assertThat(vm.mirrorNow()).isTrue();
                assertThat(vm.messageProperty().get()).startsWith("box is already current in ");
            }
            assertThat(fake.writeLog()).as("a mirror writes nothing into the shared folder, not even a lock")
                    .hasSize(writesBefore);
        }
        assertThat(tasks.unhandledErrors()).isEmpty();
    }

    @Test
    void whileTheAppIsOpenItsScheduleKeepsTheMirrorUpToDateWithDropbox() throws Exception {
        Path den = PublishFixture.installation(tmp.resolve("den"), "Den PC", tmp);
        Path kitchen = tmp.resolve("kitchen");
        try (FakeDropbox fake = FakeDropbox.start()) {
            Map<String, String> env = denPublishedAndKitchenMirrors(fake, den, kitchen);
            Path copy = kitchen.resolve("mirror/box/family.m3u");

            Workspace ws = DesktopServices.open(kitchen, m -> { });
            ManualTimer timer = new ManualTimer();
            AppServices app = DesktopServices.create(ws, new MovableClock(), Env.overlay(env), timer);
            try {
                timer.tick().get(60, TimeUnit.SECONDS);
                assertThat(Files.readAllBytes(copy)).isEqualTo(fake.content("/IPTV/family.m3u").orElseThrow());

                // The primary publishes a change (one channel fewer) while the app stays open.
                try (Workspace denWs = Workspace.open(den, null, m -> { })) {
                    Layout family = denWs.store().layouts().load("Family").orElseThrow();
                    LayoutGroup all = family.groups().get(0);
                    denWs.store().layouts().save(family.withGroups(List.of(all.withChannels(all.channels().subList(0, 1)))));
                }
                ok(run(den, env, "publish", "Family", "--target", "box"));
                timer.tick().get(60, TimeUnit.SECONDS);
                assertThat(Files.readString(copy)).as("the next turn brought the change")
                        .isEqualTo(new String(fake.content("/IPTV/family.m3u").orElseThrow(), StandardCharsets.UTF_8))
                        .doesNotContain("Kids TV");
            } finally {
                app.scheduler().close();
                app.executor().shutdown();
                app.executor().awaitTermination(20, TimeUnit.SECONDS);
                app.publish().close();
                app.workspace().close();
            }
        }
    }

    /**
     * Den publishes Family to the Dropbox folder; Kitchen is a secondary mirror of it, its schedule's target that
     * folder. Returns the environment (the fake's address, both tokens) the two installations run with.
     */
    private static Map<String, String> denPublishedAndKitchenMirrors(FakeDropbox fake, Path den, Path kitchen) {
        Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                "DEN_TOKEN", fake.newAccessToken("Den"), "KITCHEN_TOKEN", fake.newAccessToken("Kitchen"));
        ok(run(den, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env", "DEN_TOKEN"));
        ok(run(den, env, "publish", "Family", "--target", "box"));
        ok(run(kitchen, "init", "--name", "Kitchen", "--role", "secondary-mirror"));
        ok(run(kitchen, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env",
                "KITCHEN_TOKEN"));
        ok(run(kitchen, "config", "set", "schedule.publish-target", "box"));
        return env;
    }
}
