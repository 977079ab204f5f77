package dev.lineup.ui.mainwindow;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import dev.lineup.testing.Corpus;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.layouteditor.ChannelRow;
import dev.lineup.ui.sources.SourcesViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A source added from a local playlist through the Sources screen, its channels dragged into a layout
 * that the database then holds in order, undo/redo, and a refresh whose report lists what changed.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class SourcesUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;
    private Path playlist;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "data");
        playlist = dir.resolveSibling(dir.getFileName() + "-ekto.m3u8");
        Files.copy(Corpus.path("m3u/ektotv-example.m3u8"), playlist);
        app = UiFixture.start(stage, dir);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void aPlaylistAddedOnTheSourcesScreenIsDraggedIntoALayoutThatTheDatabaseKeepsInOrder(FxRobot robot)
            throws Exception {
        app.waitForLayout("A test");
        robot.clickOn(navCell(robot, "Sources"));
        robot.clickOn("#addPlaylist");
        robot.clickOn("#sourceName").write("Ekto");
        robot.clickOn("#sourceLocation").write(playlist.toString());
        robot.clickOn(okButton(robot));
        SourcesViewModel sources = app.window.get(SourcesViewModel.class);
        app.waitUntil(() -> sources.reportProperty().get().startsWith("Ekto:"));
        assertThat(sources.reportProperty().get()).contains("50 channels; 50 new");

        robot.clickOn(navCell(robot, "Layouts"));
        robot.clickOn("#sourceChoice");
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell && "Ekto".equals(((ListCell<?>) n).getText())
                && n.getScene() != app.window.scene()).queryAs(Node.class));
        robot.clickOn("#sourceSearch").write("channel 1");
        app.waitUntil(() -> robot.lookup(treeCell("Channel 12")).tryQuery().isPresent());
        robot.clickOn(groupCell(robot, "Favourites"));
        robot.drag(robot.lookup(treeCell("Channel 12")).queryAs(Node.class)).dropTo("#channelTable");
        app.waitUntil(() -> app.names("Favourites").size() == 1);
        robot.drag(robot.lookup(treeCell("Channel 10")).queryAs(Node.class)).dropTo("#channelTable");
        app.waitUntil(() -> app.names("Favourites").size() == 2);
        UiFixture.assertNames(app.names("Favourites"), "Channel 12", "Channel 10");
        app.waitUntilStored(() -> storedKeys().size() == 2);
        assertThat(storedKeys()).containsExactly(ref("Channel 12"), ref("Channel 10"));

        robot.clickOn("#channelTable").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> app.names("Favourites").size() == 1);
        app.waitUntilStored(() -> storedKeys().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitUntil(() -> app.names("Favourites").size() == 2);
        app.waitUntilStored(() -> storedKeys().equals(List.of(ref("Channel 12"), ref("Channel 10"))));

        // The provider drops Channel 10 and adds one: the refresh reports both, and the layout flags it.
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(playlist));
        int at = lines.indexOf(lines.stream().filter(l -> l.endsWith(",Channel 10")).findFirst().orElseThrow());
        lines.remove(at + 1);
        lines.remove(at);
        lines.add("#EXTINF:-1 tvg-id=\"Channel99\" group-title=\"News\",Channel 99");
        lines.add("http://example.invalid/channel99.m3u8");
        Files.write(playlist, lines);
        robot.clickOn(navCell(robot, "Sources"));
        robot.clickOn("#refreshSource");
        app.waitUntil(() -> sources.reportProperty().get().contains("1 new, 1 no longer listed by the provider"));
        robot.clickOn("#viewRemoved");
        ListView<String> removed = robot.lookup("#changeList").queryListView();
        assertThat(removed.getItems()).containsExactly("Channel 10");
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button && "Close".equals(((Button) n).getText()))
                .queryAs(Node.class));
        robot.clickOn(navCell(robot, "Layouts"));
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() == 2 && table.getItems().get(1).removedByProvider());
        assertThat(table.getItems().get(0).removedByProvider()).isFalse();
    }

    private List<String> storedKeys() {
        return store().store().layouts().load("A test").orElseThrow().groups().get(0).channels().stream()
                .map(LayoutChannel::sourceKey).toList();
    }

    private String ref(String name) {
        Source s = store().store().sources().find("Ekto").orElseThrow();
        return store().store().channels().channels(s.id(), true).stream().filter(c -> c.name().equals(name))
                .findFirst().map(SourceChannel::ref).orElseThrow();
    }

    private Workspace store() {
        return (Workspace) app.services.workspace();
    }

    static Node navCell(FxRobot robot, String text) {
        return robot.lookup("#navList").lookup((Node n) -> n instanceof ListCell
                && text.equals(((ListCell<?>) n).getText())).query();
    }

    static Node okButton(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Button && "OK".equals(((Button) n).getText())).query();
    }

    private static java.util.function.Predicate<Node> treeCell(String text) {
        return n -> n instanceof TreeCell && text.equals(((TreeCell<?>) n).getText());
    }

    private static Node groupCell(FxRobot robot, String group) {
        return robot.lookup((Node n) -> n instanceof ListCell && ((ListCell<?>) n).getText() != null
                && ((ListCell<?>) n).getText().startsWith(group + "  (")).query();
    }
}
