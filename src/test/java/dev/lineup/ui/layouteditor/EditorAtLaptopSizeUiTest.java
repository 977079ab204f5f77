package dev.lineup.ui.layouteditor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.SourceKind;
import dev.lineup.service.AppServices;
import dev.lineup.service.library.SourceForm;
import dev.lineup.task.TaskContext;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor in a 1366×768 window, the smallest laptop screen it is made for: every default column of the
 * channel table shows with its whole header and no sideways scrolling, and a value too long for its place (a
 * guide id in the table and in the guide list, a channel name in the table and in the source tree) is cut
 * with an ellipsis and shown whole in its tooltip. Checked on what the cells draw.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class EditorAtLaptopSizeUiTest {
    private static final String LONG_NAME = "Discovery Channel Scandinavia HD (backup feed, 1080p, Nordic audio)";
    private static final String LONG_ID = "Discovery.Channel.Scandinavia.HD.backup.se";
    private static final String SOURCE = "Nordic";
    @TempDir
    static Path dataDir;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(dataDir, "data");
        AppServices s = UiFixture.services(data);
        UiFixture.offFx(() -> {
            Path m3u = data.resolve("nordic.m3u");
            Files.writeString(m3u, "#EXTM3U\n"
                    + "#EXTINF:-1 tvg-id=\"" + LONG_ID + "\" tvg-chno=\"1201\" group-title=\"Nordic\"," + LONG_NAME + "\n"
                    + "http://127.0.0.1:9/discovery\n"
                    + "#EXTINF:-1 tvg-id=\"svt1.se\" tvg-chno=\"1202\" group-title=\"Nordic\",SVT1\n"
                    + "http://127.0.0.1:9/svt1\n");
            Path guide = data.resolve("nordic.xml");
            Files.writeString(guide, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n"
                    + "  <channel id=\"" + LONG_ID + "\"><display-name>" + LONG_NAME + "</display-name></channel>\n"
                    + "  <channel id=\"svt1.se\"><display-name>SVT1</display-name></channel>\n</tv>\n");
            s.sources().add(new SourceForm(SourceKind.M3U, SOURCE, m3u.toString(), null, null, false, false));
            s.sources().add(new SourceForm(SourceKind.EPG, "Nordic guide", guide.toString(), null, null, false, false));
            s.sources().refresh(SOURCE, TaskContext.detached("test"));
            s.sources().refresh("Nordic guide", TaskContext.detached("test"));
            s.layouts().createFromSource(SOURCE, SOURCE);
            return null;
        });
        app = UiFixture.start(stage, s);
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void everyDefaultColumnFitsAndLongValuesAreCutWithTheirWholeTextInATooltip(FxRobot robot) {
        app.waitForLayout("A test");
        app.chooseLayout(robot, SOURCE);
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() == 2 && table.getScene().getWidth() == 1366);
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS); // the panes take their widths
        WaitForAsyncUtils.waitForFxEvents();

        Bounds tableBounds = bounds(table);
        List<Node> headers = List.copyOf(table.lookupAll(".column-header"));
        for (String id : ChannelTable.DEFAULT_COLUMNS) {
            Node header = headers.stream().filter(h -> id.equals(h.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no header shown for " + id));
            Labeled title = (Labeled) header.lookup(".label");
            assertThat(header.isVisible()).as(id + " shown").isTrue();
            assertThat(bounds(header).getMaxX()).as(id + " ends inside the table").isLessThanOrEqualTo(tableBounds.getMaxX());
            assertThat(shown(title)).as(id + "'s header drawn whole").isEqualTo(title.getText());
        }
        assertThat(horizontalBar(table)).as("no sideways scrolling").isFalse();
        Node corner = table.lookup(".show-hide-columns-button");
        assertThat(corner == null || !corner.isVisible()).as("no corner button over the last header").isTrue();

        TableCell<?, ?> guide = cell(robot, "guideColumn", 0);
        assertThat(guide.getItem()).isEqualTo(LONG_ID);
        String shownId = shown(guide);
        assertThat(shownId).as("the id is cut in the middle: both ends show").startsWith("Disc").endsWith(".se")
                .contains(guide.getEllipsisString());
        assertThat(guide.getTooltip().getText()).startsWith(LONG_ID);
        TableCell<?, ?> name = cell(robot, "nameColumn", 0);
        assertThat(shown(name)).startsWith("Discovery").endsWith(name.getEllipsisString());
        assertThat(name.getTooltip().getText()).startsWith(LONG_NAME);
        TableCell<?, ?> shortName = cell(robot, "nameColumn", 1);
        assertThat(shown(shortName)).isEqualTo("SVT1");
        assertThat(shortName.getTooltip() == null || !shortName.getTooltip().getText().startsWith("SVT1"))
                .as("a name that fits has no tooltip repeating it").isTrue();

        WaitForAsyncUtils.asyncFx(() -> app.window.get(SourceBrowserViewModel.class).queryProperty().set("Scandinavia"));
        app.waitUntil(() -> robot.lookup((Node n) -> n instanceof SourceTree.SourceCell c && LONG_NAME.equals(c.getText()))
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        SourceTree.SourceCell source = robot.lookup((Node n) -> n instanceof SourceTree.SourceCell c
                && LONG_NAME.equals(c.getText())).query();
        assertThat(shown(source)).startsWith("Discovery").endsWith(source.getEllipsisString());
        assertThat(source.getTooltip().getText()).isEqualTo(LONG_NAME);
        assertThat(bounds(source).getMaxX()).as("the tree does not widen past its pane")
                .isLessThanOrEqualTo(bounds(robot.lookup("#sourceTree").query()).getMaxX());
        assertThat(horizontalBar(robot.lookup("#sourceTree").query())).isFalse();

        WaitForAsyncUtils.asyncFx(() -> app.window.get(GuidePanelViewModel.class).queryProperty().set("Scandinavia"));
        app.waitUntil(() -> robot.lookup((Node n) -> n instanceof GuideListCell<?> c && c.getParent() != null
                && c.getText() != null && c.getText().contains(LONG_ID)).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        GuideListCell<?> entry = robot.lookup((Node n) -> n instanceof GuideListCell<?> c
                && c.getText() != null && c.getText().contains(LONG_ID)).query();
        Labeled entryId = entry.parts()[1];
        assertThat(shown(entryId)).startsWith("Disc").endsWith(".se").contains(entryId.getEllipsisString());
        assertThat(entry.getTooltip().getText()).contains(LONG_NAME).contains(LONG_ID).contains("Nordic guide");
        assertThat(horizontalBar(robot.lookup("#guideList").query())).isFalse();
    }

    @Test
    void anEmptyTableSaysWhetherTheFiltersHideEverythingOrTheGroupIsEmpty(FxRobot robot) {
        app.waitForLayout("A test");
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        app.waitUntil(() -> table.getItems().isEmpty());
        assertThat(((Labeled) table.getPlaceholder()).getText()).startsWith("No channels here. Drag channels");

        app.chooseLayout(robot, SOURCE);
        robot.clickOn("#channelSearch").write("no such channel");
        app.waitUntil(() -> table.getItems().isEmpty());
        assertThat(((Labeled) table.getPlaceholder()).getText()).contains("matches the search and filters");
        robot.clickOn("#clearFilters");
        app.waitUntil(() -> table.getItems().size() == 2);
    }

    private static TableCell<?, ?> cell(FxRobot robot, String column, int row) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && column.equals(c.getTableColumn().getId()) && c.getIndex() == row && !c.isEmpty()).query();
    }

    /** What a label or cell draws: its text, or what is left of it beside an ellipsis. */
    private static String shown(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElseThrow(() -> new AssertionError("draws no text: " + l));
    }

    private static boolean horizontalBar(Node control) {
        return control.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible());
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }
}
