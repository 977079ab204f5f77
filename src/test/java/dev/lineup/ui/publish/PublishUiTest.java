package dev.lineup.ui.publish;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.publish.PublishRecord;
import dev.lineup.sync.PublishReport;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Publish screen over a real database, publishing to a real local folder. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class PublishUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "case");
        data = PublishUiAccess.seed(dir.resolve("data"), dir);
        app = PublishUiAccess.start(stage, data, Map.of());
    }

    @Test
    void publishNowWritesFilesAndManifestShowsTheGenerationAndTheShareLinkCanBeCopied(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        app.waitUntil(() -> app.window.get(PublishViewModel.class).selectedProperty().get() != null);
        assertThat(robot.lookup("#lastPublished").queryLabeled().getText()).isEqualTo("Not published yet.");

        robot.clickOn("#publishNow");
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().startsWith("published"));

        Path out = data.resolve("published");
        assertThat(out.resolve("family.m3u")).content().contains("One News").contains("Kids TV");
        assertThat(out.resolve("lineup-manifest.json")).content().contains("\"generation\" : 1")
                .contains("\"name\" : \"Family\"");
        assertThat(out.resolve("lockfile.json")).doesNotExist();
        assertThat(robot.lookup("#lastPublished").queryLabeled().getText()).contains("generation 1");
        assertThat(robot.lookup("#publishMessage").queryLabeled().getText())
                .startsWith("Published Family to local: generation 1");

        TableView<PublishReport.FileResult> files = robot.lookup("#publishFiles").queryTableView();
        PublishReport.FileResult m3u = files.getItems().stream().filter(f -> f.name().equals("family.m3u"))
                .findFirst().orElseThrow();
        assertThat(m3u.uploaded()).isTrue();
        assertThat(m3u.size()).isEqualTo(Files.size(out.resolve("family.m3u")));
        int index = files.getItems().indexOf(m3u);
        robot.clickOn("#copy-" + index);
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(out.resolve("family.m3u").toUri().toString());
    }

    @Test
    void requestsWhileAPublishRunsQueueAndNothingRunsTwice(FxRobot robot) {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        PublishViewModel vm = app.window.get(PublishViewModel.class);
        app.waitUntil(() -> vm.rows().size() == 2);
        Button publish = robot.lookup("#publishNow").queryButton();
        AtomicBoolean disabledWhileRunning = new AtomicBoolean();
        AtomicReference<String> kidsWhileWaiting = new AtomicReference<>();
        AtomicBoolean familyAgain = new AtomicBoolean(true);
        // One UI pulse: the first publish cannot finish in between, so what a user clicking fast sees is fixed.
        robot.interact(() -> {
            vm.selectedProperty().set(PublishUiAccess.row(app, "Family"));
            publish.fire();
            disabledWhileRunning.set(publish.isDisabled());
            publish.fire(); // a disabled button ignores the second click
            familyAgain.set(vm.request("Family", PublishViewModel.Kind.PUBLISH));
            vm.selectedProperty().set(PublishUiAccess.row(app, "Kids"));
            publish.fire();
            kidsWhileWaiting.set(PublishUiAccess.row(app, "Kids").activityProperty().get());
        });
        assertThat(disabledWhileRunning).isTrue();
        assertThat(familyAgain).as("a second request for a running layout is refused").isFalse();
        assertThat(kidsWhileWaiting.get()).isEqualTo(PublishRow.QUEUED);

        app.waitUntil(() -> !vm.busyProperty().get() && PublishUiAccess.row(app, "Kids").activityProperty().get()
                .startsWith("published"));
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("published generation 1");
        assertThat(PublishUiAccess.row(app, "Kids").activityProperty().get()).isEqualTo("published generation 2");
        List<PublishRecord> runs = app.services.publish().runs();
        assertThat(runs).extracting(PublishRecord::layout).containsExactly("Kids", "Family");
        assertThat(data.resolve("published/kids.m3u")).exists();
        assertThat(data.resolve("published/family.m3u")).exists();
    }

    @Test
    void outputNowRendersIntoTheDefaultOutputFolder(FxRobot robot) {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        app.waitUntil(() -> app.window.get(PublishViewModel.class).selectedProperty().get() != null);
        robot.clickOn("#outputNow");
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().equals("output written"));
        assertThat(data.resolve("output/family/family.m3u")).content().contains("Two News");
        assertThat(robot.lookup("#publishMessage").queryLabeled().getText()).contains(data.resolve("output/family").toString());
    }
}
