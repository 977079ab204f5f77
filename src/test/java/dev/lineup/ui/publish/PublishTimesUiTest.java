package dev.lineup.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.common.LiveClock;
import dev.lineup.ui.mainwindow.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Publish screen says when a layout was last published in local time with an age ("today 01:49 (3 min ago)"),
 * never raw UTC, and the age moves on while the screen shows: in the line under the buttons and in the table.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class PublishTimesUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "case");
        app = PublishUiAccess.start(stage, PublishUiAccess.seed(dir.resolve("data"), dir), Map.of());
    }

    @Test
    void lastPublishedIsLocalWithAnAgeThatTicks(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        app.waitUntil(() -> PublishUiAccess.selected(app) != null);
        robot.clickOn("#publishNow");
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().startsWith("published"));
        Instant published = Instant.parse(PublishUiAccess.row(app, "Family").stateProperty().get().lastPublished());
        String localClock = DateTimeFormatter.ofPattern("HH:mm").format(published.atZone(ZoneId.systemDefault()));
        LiveClock clock = app.window.get(LiveClock.class);

        robot.interact(() -> clock.use(Clock.fixed(published.plus(Duration.ofMinutes(3)), ZoneOffset.UTC)));
        assertThat(onFx(() -> lastPublished(robot))).matches("Last published (today|yesterday) " + localClock
                + " \\(3 min ago\\), generation 1\\.");
        assertThat(onFx(() -> tableCell(robot))).matches("(today|yesterday) " + localClock + " \\(3 min ago\\)");

        // The shared clock's own tick moves the age on: 59 s after the publish becomes "1 min ago" by itself.
        Instant start = Instant.now();
        robot.interact(() -> clock.use(Clock.offset(Clock.systemUTC(), Duration.between(start, published.plusSeconds(59)))));
        assertThat(onFx(() -> lastPublished(robot))).contains(" s ago)");
        app.waitUntil(() -> lastPublished(robot).contains("(1 min ago)") && tableCell(robot).endsWith("(1 min ago)"));

        robot.interact(() -> clock.use(Clock.fixed(published.plus(Duration.ofDays(3)), ZoneOffset.UTC)));
        assertThat(onFx(() -> lastPublished(robot))).doesNotContain("today", "yesterday").contains(localClock + " (3 d 0 h ago)")
                .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT").doesNotContain(published.toString());
    }

    private static String onFx(java.util.concurrent.Callable<String> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** The line under the buttons (FX thread). */
    private static String lastPublished(FxRobot robot) {
        return robot.lookup("#lastPublished").queryLabeled().getText();
    }

    /** Family's "Last published" cell, as the table shows it (FX thread). */
    private static String tableCell(FxRobot robot) {
        TableView<PublishRow> table = robot.lookup("#publishLayouts").queryTableView();
        int row = table.getItems().indexOf(table.getItems().stream().filter(r -> r.layout().equals("Family"))
                .findFirst().orElseThrow());
        return String.valueOf(table.getColumns().get(2).getCellObservableValue(row).getValue());
    }
}
