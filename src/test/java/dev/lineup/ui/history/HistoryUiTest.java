package dev.lineup.ui.history;

import static dev.lineup.cli.PublishFixture.ok;
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
import javafx.scene.control.ListCell;
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
 * History lists what the user did, not internal tasks: a publish typed on the command line and the source refresh
 * before it are rows with local times and ages, and the filter buttons narrow the list to one kind.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class HistoryUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(tmp, "data");
        UiFixture.offFx(() -> {
            PublishFixture.installation(data, "Home PC", tmp);
            ok(run(data, "target", "add", "local", "den", "--folder", tmp.resolve("published").toString()));
            return ok(run(data, "publish", "Family", "--target", "den"));
        });
        app = UiFixture.start(stage, UiFixture.servicesOver(data, Env.overlay(Map.of())));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void aCommandLinePublishAndARefreshAreRowsAndTheFilterNarrowsThem(FxRobot robot) {
        robot.clickOn(robot.lookup("#navList").lookup((Node n) -> n instanceof ListCell
                && "History".equals(((ListCell<?>) n).getText())).queryAs(Node.class));
        TableView<HistoryEvent> table = robot.lookup("#eventTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() >= 2);
        assertThat(table.getItems()).extracting(e -> e.kind().word()).containsExactly("Publish", "Refresh");
        HistoryEvent publish = table.getItems().get(0);
        assertThat(publish.subject()).isEqualTo("Family to den");
        assertThat(publish.details()).startsWith("started from command line");
        assertThat(publish.what()).as("in words, no zero count").matches("published: \\d+ files? uploaded");
        HistoryEvent refresh = table.getItems().get(1);
        assertThat(refresh.what()).isEqualTo("Refreshed");
        assertThat(refresh.subject()).isEqualTo("P");
        assertThat(refresh.details()).startsWith("P: 3 channels; 3 new. Took ");
        assertThat(robot.lookup("#problemCounts").queryLabeled().getText()).isEqualTo("No publish problems so far.");
        String when = robot.from(table).lookup(".table-cell").nth(0).queryLabeled().getText();
        assertThat(when).as("a local time with its age, not raw UTC").doesNotContain("Z").matches(".+ \\(.+ ago\\)|.+ \\(just now\\)");

        robot.clickOn("#filterRefreshes");
        assertThat(table.getItems()).extracting(HistoryEvent::kind).containsExactly(HistoryEvent.Kind.REFRESH);
        robot.clickOn("#filterPublishes");
        assertThat(table.getItems()).extracting(HistoryEvent::kind).containsExactly(HistoryEvent.Kind.PUBLISH);
        robot.clickOn("#filterProblems");
        assertThat(table.getItems()).isEmpty();
        robot.clickOn("#filterAll");
        assertThat(table.getItems()).hasSize(2);
    }
}
