package dev.lineup.ui.history;

import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.PublishFixture;
import dev.lineup.service.common.Env;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long "What happened" (a refresh that failed, naming the file it could not read) is read whole in a laptop-sized
 * window: it wraps in its row instead of ending in "…", every column fits the table, and the selected row's text
 * is under the table in full.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class HistoryReadableUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path data = Files.createTempDirectory(tmp, "data");
        UiFixture.offFx(() -> {
            PublishFixture.installation(data, "Home PC", tmp);
            Path moved = tmp.resolve("a-playlist-with-a-long-name-that-was-moved-to-another-folder-since.m3u");
            Files.writeString(moved, "#EXTM3U\n#EXTINF:-1,One\nhttp://127.0.0.1:9/one\n");
            run(data, "source", "add", "m3u", "Moved", "--url", moved.toString());
            Files.delete(moved);
            return run(data, "source", "refresh", "Moved");
        });
        app = UiFixture.start(stage, UiFixture.servicesOver(data, Env.overlay(Map.of())));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void aLongOutcomeWrapsInItsRowAndEveryColumnFitsALaptopWindow(FxRobot robot) {
        // A laptop's window, a little narrower than 1366×768 (the headless test screen is 1280 wide; narrower is harsher).
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(728);
        });
        robot.clickOn(robot.lookup("#navList").lookup((Node n) -> n instanceof ListCell
                && "History".equals(((ListCell<?>) n).getText())).queryAs(Node.class));
        TableView<HistoryEvent> table = robot.lookup("#eventTable").queryTableView();
        app.waitUntil(() -> table.getItems().stream().anyMatch(e -> e.subject().equals("Moved")));
        HistoryEvent failed = table.getItems().stream().filter(e -> e.subject().equals("Moved")).findFirst().orElseThrow();
        assertThat(failed.what()).contains("a-playlist-with-a-long-name-that-was-moved-to-another-folder-since.m3u");

        TableColumn<HistoryEvent, ?> whatColumn = table.getColumns().stream()
                .filter(c -> c.getText().equals("What happened")).findFirst().orElseThrow();
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("no column is pushed off to the right").isLessThanOrEqualTo(table.getWidth());

        app.waitUntil(() -> whatCell(robot, whatColumn, failed) != null);
        HistoryController.WrappingCell<?> cell = whatCell(robot, whatColumn, failed);
        assertThat(cell.shown().getText()).isEqualTo(failed.what());
        assertThat(cell.getText()).as("no cut text beside the whole one").isNull();
        double oneLine = new javafx.scene.text.Text("Xg").getLayoutBounds().getHeight();
        assertThat(cell.shown().getLayoutBounds().getWidth()).isLessThanOrEqualTo(whatColumn.getWidth());
        assertThat(cell.shown().getLayoutBounds().getHeight()).as("wrapped onto more lines").isGreaterThan(1.5 * oneLine);
        assertThat(cell.getHeight()).as("the row grew to show them").isGreaterThanOrEqualTo(
                cell.shown().getLayoutBounds().getHeight());

        robot.interact(() -> table.getSelectionModel().select(failed));
        assertThat(robot.lookup("#eventDetails").queryAs(Label.class).getText()).startsWith(failed.what());
    }

    private static HistoryController.WrappingCell<?> whatCell(FxRobot robot, TableColumn<?, ?> column, HistoryEvent e) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column && c instanceof HistoryController.WrappingCell<?>
                        && e.what().equals(c.getItem()))
                .map(c -> (HistoryController.WrappingCell<?>) c).findFirst().orElse(null);
    }
}
