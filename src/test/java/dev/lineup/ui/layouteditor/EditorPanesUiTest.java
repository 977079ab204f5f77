package dev.lineup.ui.layouteditor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.service.AppServices;
import dev.lineup.service.common.Env;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.LineupApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's panes as a user leaves them: a long group name is cut but its channel count stays visible in
 * the narrow group list, and the source pane's width (the first divider) comes back after a restart.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class EditorPanesUiTest {
    private static final String LONG_GROUP = "Entertainment and documentaries from everywhere";
    @TempDir
    static Path dataDir;
    private Path data;
    private Stage stage;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = Files.createTempDirectory(dataDir, "data");
        AppServices s = UiFixture.services(data);
        UiFixture.offFx(() -> {
            s.layouts().save(new Layout("A test", LayoutOptions.DEFAULTS, List.of(
                    new LayoutGroup(LONG_GROUP, false, List.of()), new LayoutGroup("News", false, List.of()))));
            return null;
        });
        app = UiFixture.start(stage, s);
    }

    @Test
    void aLongGroupNameKeepsItsCountVisibleAndTheSourcePaneWidthSurvivesARestart(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        app.waitUntil(() -> app.editor().groups().stream().anyMatch(g -> LONG_GROUP.equals(g.name())));
        GroupCell cell = robot.lookup((Node n) -> n instanceof GroupCell c && c.getItem() != null
                && LONG_GROUP.equals(c.getItem().name())).query();
        app.waitUntil(() -> cell.nameLabel().getWidth() > 0);
        Bounds list = bounds(robot.lookup("#groupList").query());
        Bounds count = bounds(cell.countLabel());
        assertThat(cell.countLabel().getText()).isEqualTo("(0)");
        assertThat(count.getMaxX()).as("the count ends inside the group list").isLessThanOrEqualTo(list.getMaxX());
        assertThat(cell.nameLabel().getWidth()).as("the name is cut to fit").isLessThan(
                cell.nameLabel().prefWidth(-1));
        assertThat(shownText(cell.nameLabel())).startsWith("Ent").endsWith(cell.nameLabel().getEllipsisString());

        SplitPane split = robot.lookup("#editorSplit").query();
        List<Node> dividers = List.copyOf(split.lookupAll(".split-pane-divider"));
        double before = split.getDividerPositions()[0];
        // A wider group list, then a wider source pane: the first divider ends where the second one was.
        robot.drag(dividers.get(1)).moveBy(80, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        robot.drag(dividers.get(0)).moveBy(60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        double moved = split.getDividerPositions()[0];
        // In pixels: the shared test window's width depends on the tests that ran before in the same JVM.
        assertThat((moved - before) * split.getWidth()).as("the drag moved the first divider").isGreaterThan(40);
        app.waitUntilStored(() -> app.services.settings().editorView()
                .contains(String.format(java.util.Locale.ROOT, "dividers=%.4f", moved)));

        restart();
        SplitPane reopened = robot.lookup("#editorSplit").query();
        app.waitUntil(() -> Math.abs(reopened.getDividerPositions()[0] - moved) < 0.005);
        assertThat(reopened.getDividerPositions()[1]).isGreaterThan(reopened.getDividerPositions()[0]);
    }

    /** Closes the window and the services as quitting does, then opens the app again on the same data. */
    private void restart() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        LineupApp.shutdown(app.services);
        AppServices again = UiFixture.servicesOver(data, Env.overlay(Map.of()));
        AtomicReference<UiFixture> reopened = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(null);
            reopened.set(UiFixture.start(stage, again));
        }).get();
        app = reopened.get();
        app.waitForLayout("A test");
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** The text a label draws (its own text, cut with an ellipsis when it does not fit). */
    private static String shownText(javafx.scene.control.Label l) {
        return ((javafx.scene.text.Text) l.lookup(".text")).getText();
    }
}
