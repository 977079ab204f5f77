package dev.lineup.ui.history;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.CliRun;
import dev.lineup.cli.PublishFixture;
import dev.lineup.service.common.Env;
import dev.lineup.sync.ProblemKind;
import dev.lineup.ui.recovery.RecoveryViewModel;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * A publish problem that the next publish gets past shows in History as fixed: under the Problems filter, a
 * "Fixed: …" row names what was fixed, where, how and when (local time), above the problem itself.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class HistoryFixUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(tmp, "data");
        Path folder = tmp.resolve("published-" + data.getFileName());
        UiFixture.offFx(() -> {
            PublishFixture.installation(data, "Home PC", tmp);
            ok(run(data, "target", "add", "local", "den", "--folder", folder.toString()));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("lockfile.json"), liveLease());
            CliRun held = run(data, "publish", "Family", "--target", "den");
            assertThat(held.code()).as(held.err()).isEqualTo(3);
            Files.delete(folder.resolve("lockfile.json")); // the other computer finished
            return ok(run(data, "publish", "Family", "--target", "den"));
        });
        app = UiFixture.start(stage, UiFixture.servicesOver(data, Env.overlay(Map.of())));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void theFixOfAProblemIsARowUnderProblemsWithHowAndWhen(FxRobot robot) {
        robot.clickOn(robot.lookup("#navList").lookup((Node n) -> n instanceof ListCell
                && "History".equals(((ListCell<?>) n).getText())).queryAs(Node.class));
        TableView<HistoryEvent> table = robot.lookup("#eventTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() >= 4);
        robot.clickOn("#filterProblems");

        String title = RecoveryViewModel.title(ProblemKind.LEASE_HELD);
        assertThat(table.getItems()).extracting(HistoryEvent::what).containsExactly("Fixed: " + title, title);
        HistoryEvent fixed = table.getItems().get(0);
        assertThat(fixed.subject()).isEqualTo("den");
        assertThat(fixed.details()).isEqualTo("by publishing again (started from command line)");
        assertThat(fixed.problem()).as("nothing left to open in the wizard").isNull();
        // The first cell in the scene graph can be an empty reused one: the first with text is the newest row's time.
        String when = robot.from(table).lookup(".table-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElseThrow();
        assertThat(when).as("a local time with its age, not raw UTC").doesNotContain("Z")
                .matches(".+ \\(.+ ago\\)|.+ \\(just now\\)");
        assertThat(table.getItems().get(1).problem()).isNotNull();
    }

    static String liveLease() {
        String now = Instant.now().toString();
        return "{\"schema\":1,\"lockId\":\"office-lock\",\"purpose\":\"publish layout 'Office'\",\"owner\":{"
                + "\"instanceId\":\"office-id\",\"instanceName\":\"Office PC\",\"host\":\"office-host\",\"user\":\"bob\","
                + "\"pid\":4242,\"appVersion\":\"1\"},\"acquiredAt\":\"" + now + "\",\"heartbeatAt\":\"" + now
                + "\",\"ttlSeconds\":900,\"generation\":7}";
    }
}
