package dev.lineup.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.library.SourceInfo;
import dev.lineup.source.FakeProvider;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An Xtream account is logged in to before it is saved: a wrong password keeps the dialog open with a sentence and
 * stores nothing; the right one saves it, and the account's status, expiry and connections show.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class XtreamTestedBeforeSavingUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;
    private final FakeProvider provider = FakeProvider.generate(20, 3);
    private final MockWebServer server = new MockWebServer();

    @Start
    void start(Stage stage) throws Exception {
        server.setDispatcher(provider.xtream());
        server.start();
        app = UiFixture.start(stage, Files.createTempDirectory(tmp, "data"));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        server.close();
    }

    @Test
    void aWrongPasswordIsRefusedBeforeSavingAndTheRightOneSavesTheAccount(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        robot.clickOn(robot.lookup("#navList").lookup((Node n) -> n instanceof ListCell
                && "Sources".equals(((ListCell<?>) n).getText())).queryAs(Node.class));
        robot.clickOn("#addXtream");
        robot.clickOn("#sourceName").write("My provider");
        robot.clickOn("#sourceLocation").write(server.url("/").toString());
        robot.clickOn("#sourceUser").write(provider.username);
        robot.clickOn("#sourcePassword").write("not-" + provider.password);
        robot.clickOn(ok(robot));
        Label problem = robot.lookup("#sourceProblem").queryAs(Label.class);
        app.waitUntil(() -> problem.getText().startsWith("The server refused"));
        assertThat(problem.getText()).isEqualTo("The server refused the user name or password. Check both (they are "
                + "case-sensitive) and try again; the source was not saved.")
                .doesNotContain(provider.password);
        javafx.stage.Window dialog = problem.getScene().getWindow();
        assertThat(dialog.isShowing()).as("the dialog stays open with what was typed").isTrue();
        assertThat(names()).doesNotContain("My provider");

        robot.doubleClickOn("#sourcePassword").eraseText(("not-" + provider.password).length()).write(provider.password);
        robot.clickOn(ok(robot));
        app.waitUntil(() -> !dialog.isShowing());
        assertThat(names()).contains("My provider");
        Label account = robot.lookup("#sourceAccount").queryAs(Label.class);
        app.waitUntil(() -> account.getText().startsWith("Account Active"));
        assertThat(account.getText()).contains("connections 1 of 2");
    }

    private List<String> names() throws Exception {
        return UiFixture.offFx(() -> app.services.sources().list()).stream().map(SourceInfo::name).toList();
    }

    private static Node ok(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Button && "OK".equals(((Button) n).getText())).query();
    }
}
