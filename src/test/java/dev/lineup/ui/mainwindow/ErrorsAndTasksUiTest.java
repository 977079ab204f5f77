package dev.lineup.ui.mainwindow;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.ui.UiFixture;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.common.TaskRecord;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.layouteditor.LayoutsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The error window, the status bar's running task with Cancel, and the session history. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class ErrorsAndTasksUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory(dataDir, "data");
        app = UiFixture.start(stage, dir);
    }

    @Test
    void importingABrokenLayoutFileShowsTheErrorWithCopyableDetails(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"format\":\"lineup-layout\",\"version\":1,\n\"name\": \"X\", \"groups\": [ {\"name\": ");
        robot.interact(() -> app.window.get(LayoutsViewModel.class)
                .importFile(bad, (name, copy) -> java.util.Optional.of(name)));
        app.waitUntil(() -> robot.lookup("#errorDetails").tryQuery().isPresent());

        String message = robot.lookup("#errorMessage").queryAs(Label.class).getText();
        assertThat(message).contains("broken.json").doesNotContain("\tat ").doesNotContain("Exception");
        javafx.scene.Node detailsBox = robot.lookup("#errorDetails").queryAs(javafx.scene.Node.class).getParent();
        assertThat(detailsBox.isVisible()).as("the trace stays behind Show details").isFalse();
        robot.clickOn("#showErrorDetails");
        assertThat(detailsBox.isVisible()).isTrue();
        String details = robot.lookup("#errorDetails").queryTextInputControl().getText();
        assertThat(details).contains("LayoutFormatException").contains("\tat ");
        robot.clickOn("#copyError");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("Importing broken.json failed").contains(message).contains(details);
        // Nothing half-imported: the layouts on disk are the two there were.
        assertThat(app.services.layouts().names()).containsExactly("A test", "Sample");
    }

    @Test
    void theStatusBarShowsTheRunningTaskAndCancelStopsIt(FxRobot robot) {
        app.waitForLayout("A test");
        TaskExecutor tasks = app.window.get(TaskExecutor.class);
        robot.interact(() -> tasks.run("Counting to a billion", ctx -> {
            for (long i = 0; i < 1_000_000_000L; i++) {
                ctx.update("counting", i, 1_000_000_000L);
                ctx.checkCancelled();
                Thread.sleep(1);
            }
            return null;
        }).start());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(robot.lookup("#taskName").queryLabeled().getText()).isEqualTo("Counting to a billion");
        assertThat(robot.lookup("#installation").queryLabeled().getText()).isEqualTo("Test PC · main computer");
        robot.clickOn("#cancelTask");
        app.waitUntil(() -> true);
        assertThat(robot.lookup("#taskName").queryLabeled().getText()).isEmpty();
        TaskRecord last = app.window.get(TaskMonitor.class).log().get(0);
        assertThat(last.name()).isEqualTo("Counting to a billion");
        assertThat(last.outcome()).isEqualTo("Cancelled");

        robot.clickOn("History");
        assertThat(robot.lookup("#taskTable").queryTableView().getItems()).contains(last);
    }

    @Test
    void anErrorAHandlerShowsIsNotLoggedAsAWarningWithAStackTrace(FxRobot robot) {
        app.waitForLayout("A test");
        TaskExecutor tasks = app.window.get(TaskExecutor.class);
        java.util.concurrent.atomic.AtomicReference<String> shown = new java.util.concurrent.atomic.AtomicReference<>();
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        // The log writes to System.err at each line (slf4j-simple looks it up every time): caught while the task runs.
        System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            robot.interact(() -> tasks.run("Checking a wrong password", ctx -> {
                throw new IllegalArgumentException("the provider refused the password");
            }).onError(IllegalArgumentException.class, e -> shown.set(e.getMessage())).start());
            app.waitUntil(() -> shown.get() != null);
        } finally {
            System.setErr(stderr);
        }
        assertThat(shown.get()).isEqualTo("the provider refused the password");
        assertThat(log.toString(java.nio.charset.StandardCharsets.UTF_8)).as("handled: a debug line at most")
                .doesNotContain("Checking a wrong password").doesNotContain("\tat ");
    }
}
