package dev.lineup.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.output.LayoutOutput;
import dev.lineup.service.layouts.ToolsStore;
import dev.lineup.task.Progress;
import dev.lineup.ui.FxIoGuard;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A new layout gives channels without a guide no placeholder programme, and Health says players show none for
 * them; ticking the box on the Health tab switches them on for this layout: Health counts those channels as
 * showing a placeholder programme and the next output has them.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class PlaceholderGuidesUiTest {
    @TempDir
    Path dir;
    private ToolsUi app;

    @Start
    void start(Stage stage) throws Exception {
        app = ToolsUi.start(stage, dir, db -> { });
    }

    @AfterEach
    void stop() throws InterruptedException {
        app.close();
    }

    @Test
    void tickingPlaceholderProgrammesCountsTheChannelsWithoutAGuideAsCoveredAndTheOutputHasThem(FxRobot robot)
            throws Exception {
        app.open(robot, "healthTab");
        app.waitUntil(() -> robot.lookup("#health-placeholderGuides").tryQuery().isPresent());
        CheckBox box = robot.lookup("#placeholderGuides").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isFalse();
        assertThat(text(robot, "#health-unmapped")).isEqualTo("5");
        assertThat(text(robot, "#health-placeholderGuides")).isEqualTo("0");
        assertThat(LayoutOutput.render(app.db.store, ToolsStore.LAYOUT, dir.resolve("before"), Progress.NONE)
                .dummyGuideChannels()).isZero();

        robot.clickOn(box);
        app.waitUntil(() -> "0".equals(text(robot, "#health-unmapped")));
        assertThat(text(robot, "#health-placeholderGuides")).isEqualTo("5");
        assertThat(box.isSelected()).isTrue();
        assertThat(app.db.store.layouts().options(ToolsStore.LAYOUT).orElseThrow().placeholderGuides()).isTrue();
        assertThat(LayoutOutput.render(app.db.store, ToolsStore.LAYOUT, dir.resolve("after"), Progress.NONE)
                .dummyGuideChannels()).isEqualTo(5);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
