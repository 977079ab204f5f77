package dev.lineup.ui.layouteditor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.LayoutGroup;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.common.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing a layout file never replaces a layout of the same name without asking: the user's edited
 * "Numbered" (a channel removed since the export) is kept when the file comes in as a copy, the choice
 * offered first, and replaced only when the user says so. The file is one exported from a playlist whose
 * channels share numbers, so the copy also shows the export and import round trip keeps every channel.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class LayoutImportUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory(dataDir, "data");
        app = UiFixture.start(stage, NumberedSource.services(data));
    }

    @Test
    void anImportOfAnExistingLayoutsNameKeepsItAsACopyUnlessTheUserChoosesToReplaceIt(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        Path file = data.resolve("numbered.json");
        UiFixture.offFx(() -> app.services.layouts().exportFile(NumberedSource.NAME, file));
        app.chooseLayout(robot, NumberedSource.NAME);
        robot.interact(() -> app.editor().apply(dev.lineup.layout.ChannelEdits.remove(
                List.of(app.editor().layout().groups().get(0).channels().get(0).sourceKey()))));
        app.waitUntilStored(() -> app.services.layouts().load(NumberedSource.NAME).channels().count() == 5);

        importThroughTheMenu(robot, file, "Import as \u201cNumbered (imported)\u201d");
        app.waitForLayout("Numbered (imported)");
        assertThat(app.editor().layout().channels().count()).as("the copy has every exported channel").isEqualTo(6);
        assertThat(app.editor().layout().groups()).extracting(LayoutGroup::name).containsExactly("Albania", "Argentina");
        assertThat(app.services.layouts().load(NumberedSource.NAME).channels().count()).as("yours is kept").isEqualTo(5);

        importThroughTheMenu(robot, file, "Cancel");
        app.waitUntil(() -> true);
        assertThat(app.services.layouts().names()).as("cancel imports nothing")
                .containsExactly("A test", "Empty", "Numbered", "Numbered (imported)", "Sample");

        importThroughTheMenu(robot, file, "Replace \u201cNumbered\u201d");
        app.waitForLayout(NumberedSource.NAME);
        app.waitUntilStored(() -> app.services.layouts().load(NumberedSource.NAME).channels().count() == 6);
        assertThat(app.services.layouts().names()).containsExactly("A test", "Empty", "Numbered", "Numbered (imported)", "Sample");
    }

    /**
     * What File ▸ Import layout JSON… does once the file is chosen (the file chooser is the system's own), then
     * the click on {@code answer} in the question it asks.
     */
    private void importThroughTheMenu(FxRobot robot, Path file, String answer) throws Exception {
        LayoutManagement manage = new LayoutManagement(app.window.get(LayoutsViewModel.class),
                app.window.get(SourceBrowserViewModel.class), app.window.get(Dialogs.class),
                () -> app.window.scene().getWindow(), m -> { });
        // Not waited for: the question is a modal dialog that waits for the user's click.
        Platform.runLater(() -> manage.importFile(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Button b
                && answer.equals(b.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && answer.equals(b.getText())).queryButton());
    }
}
