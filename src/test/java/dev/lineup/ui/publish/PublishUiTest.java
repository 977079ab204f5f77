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
import javafx.scene.input.KeyCode;
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
        assertThat(robot.lookup("#publishMessage").queryLabeled().getStyleClass()).as("a success, in green")
                .contains("success");

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

    /** File ▸ Output file name…: checks the warning and the name shown, then enters {@code name}. */
    private void enterFileName(FxRobot robot, String name, String shownBefore) {
        robot.clickOn("File").clickOn("Output file name…");
        assertThat(robot.lookup("#dialogNote").queryLabeled().getText())
                .contains("every player then needs the new URL");
        assertThat(robot.lookup("#dialogField0").queryTextInputControl().getText()).isEqualTo(shownBefore);
        robot.clickOn("#dialogField0").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(name).type(KeyCode.ENTER);
    }

    /**
     * A layout's output file name edited in the desktop: the dialog warns that player links change, refuses a
     * name that is not allowed (as {@code layout set-file-name} does), and the next publish writes the new files.
     */
    @Test
    void aNewFileNameIsWarnedAboutCheckedAndPublishedUnder(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.LAYOUTS);
        app.chooseLayout(robot, "Family");

        enterFileName(robot, "Living Room", "family");
        app.waitUntil(() -> app.editor().messageProperty().get().contains("lower-case"));
        assertThat(app.editor().messageProperty().get()).startsWith("The file name was not changed: ");
        assertThat(app.services.layouts().fileName("Family")).as("a name that is not allowed").isEqualTo("family");

        enterFileName(robot, "kids", "family");
        app.waitUntil(() -> app.editor().messageProperty().get().contains("writes kids.m3u already"));
        assertThat(app.services.layouts().fileName("Family")).as("the Kids layout writes kids.m3u")
                .isEqualTo("family");

        enterFileName(robot, "living-room", "family");
        app.waitUntilStored(() -> app.services.layouts().fileName("Family").equals("living-room"));
        assertThat(app.editor().messageProperty().get()).contains("living-room.m3u").contains("new links");

        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        robot.interact(() -> app.window.get(PublishViewModel.class).selectedProperty()
                .set(PublishUiAccess.row(app, "Family")));
        robot.clickOn("#publishNow");
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().startsWith("published"));
        Path out = data.resolve("published");
        assertThat(out.resolve("living-room.m3u")).content().contains("One News")
                .contains(out.resolve("living-room.xml.gz").toUri().toString());
        assertThat(out.resolve("living-room.xml.gz")).exists();
        assertThat(out.resolve("family.m3u")).as("never published under the old name").doesNotExist();
    }
}
