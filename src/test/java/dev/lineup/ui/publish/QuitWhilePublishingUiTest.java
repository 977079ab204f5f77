package dev.lineup.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.WriteRecord;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import dev.lineup.ui.FxIoGuard;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the main window while "Family" publishes to Dropbox. The fake holds its answer to the folder
 * listing the publisher makes right after taking the lease, so the publish is paused with the lock in the
 * folder and no file changed yet (no timing involved); the test asks the window to close as its close
 * button does and answers the question that appears.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class QuitWhilePublishingUiTest {
    private static final String LOCK = "/IPTV/lockfile.json";
    @TempDir
    static Path tmp;
    private FakeDropbox fake;
    private UiFixture app;
    private Stage stage;
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fake = FakeDropbox.start();
        app = PublishUiAccess.startWithDropbox(stage, tmp, fake).app();
    }

    @AfterEach
    void stopFake() {
        release.countDown();
        fake.close();
    }

    @Test
    void continuePublishingKeepsTheWindowOpenAndThePublishFinishes(FxRobot robot) throws Exception {
        PublishViewModel vm = startHeldPublish(robot);

        DialogPane ask = askToClose(robot);
        robot.clickOn((Node) ask.lookupButton(QuitGuard.CONTINUE));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(stage.isShowing()).as("the window stays").isTrue();
        assertThat(fx(() -> vm.busyProperty().get())).as("the publish goes on").isTrue();

        release.countDown();
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().startsWith("published"));
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("published generation 1");
        assertThat(fake.content("/IPTV/family.m3u")).isPresent();
        assertThat(fake.content("/IPTV/lineup-manifest.json").map(String::new).orElseThrow())
                .contains("\"generation\" : 1");
        assertThat(fake.content(LOCK)).as("the lease was released").isEmpty();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void quitWhenDoneFinishesThePublishThenClosesTheWindow(FxRobot robot) throws Exception {
        PublishViewModel vm = startHeldPublish(robot);

        DialogPane ask = askToClose(robot);
        robot.clickOn((Node) ask.lookupButton(QuitGuard.QUIT_WHEN_DONE));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(stage.isShowing()).as("the window waits for the publish").isTrue();
        assertThat(fx(() -> vm.busyProperty().get())).as("the publish goes on").isTrue();

        release.countDown();
        waitFor(() -> !stage.isShowing());
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("published generation 1");
        assertThat(fake.content("/IPTV/family.m3u")).as("the players get the new files").isPresent();
        assertThat(fake.content("/IPTV/lineup-manifest.json").map(String::new).orElseThrow())
                .contains("\"generation\" : 1");
        assertThat(fake.content(LOCK)).as("the lease was released").isEmpty();
    }

    @Test
    void cancelAndQuitStopsThePublishReleasesTheLockAndThenClosesTheWindow(FxRobot robot) throws Exception {
        PublishViewModel vm = startHeldPublish(robot);

        DialogPane ask = askToClose(robot);
        robot.clickOn((Node) ask.lookupButton(QuitGuard.CANCEL_AND_QUIT));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        // The upload thread is still waiting for the held answer: the window waits for the publish to stop.
        assertThat(stage.isShowing()).as("the window waits until the publish has stopped").isTrue();
        assertThat(fake.content(LOCK)).isPresent();

        release.countDown();
        waitFor(() -> !stage.isShowing());
        assertThat(fx(() -> vm.busyProperty().get())).isFalse();
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("cancelled");
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("Publishing Family to box was cancelled; "
                + "nothing more was written. The folder's lock is released");
        assertThat(fake.content(LOCK)).as("lockfile.json is gone").isEmpty();
        assertThat(app.services.publish().locks().status("box")).as("lock status").isEmpty();
        assertThat(fake.content("/IPTV/family.m3u")).isEmpty();
        assertThat(fake.content("/IPTV/lineup-manifest.json")).isEmpty();
        // Only the lease's own bookkeeping was written: no playlist, guide or manifest.
        assertThat(fake.writeLog()).extracting(WriteRecord::path)
                .containsOnly(LOCK, "/IPTV/lineup-generation.json");
        assertThat(app.services.publish().state("Family").generation()).as("nothing counts as published").isZero();
    }

    /** Publishes Family from the Publish screen and waits until the fake holds the listing after the lease. */
    private PublishViewModel startHeldPublish(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        PublishViewModel vm = app.window.get(PublishViewModel.class);
        app.waitUntil(() -> vm.rows().size() == 2);
        robot.interact(() -> vm.selectedProperty().set(PublishUiAccess.row(app, "Family")));
        fake.holdResponses("list_folder", release);
        robot.clickOn("#publishNow");
        waitFor(() -> fake.maxConcurrent("list_folder") >= 1);
        assertThat(fake.content(LOCK)).as("the lease is taken while it publishes").isPresent();
        assertThat(fx(() -> vm.busyProperty().get())).isTrue();
        return vm;
    }

    /** As the window's close button: a close request on the stage; then the question it raised. */
    private DialogPane askToClose(FxRobot robot) {
        // Not robot.interact(): the handler waits in the dialog's nested event loop until it is answered.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("Quit while publishing?");
        assertThat(ask.getContentText()).contains("A publish is running").contains("quit as soon as it is done")
                .contains("lock on the target folder is released");
        assertThat(ask.getButtonTypes()).extracting(ButtonType::getText)
                .containsExactlyInAnyOrder("Quit when done", "Keep working", "Cancel publish and quit");
        assertThat(((javafx.scene.control.Button) ask.lookupButton(QuitGuard.QUIT_WHEN_DONE)).isDefaultButton())
                .as("the safe choice is the default").isTrue();
        assertThat(((javafx.scene.control.Button) ask.lookupButton(QuitGuard.CANCEL_AND_QUIT)).isDefaultButton()).isFalse();
        assertThat(stage.isShowing()).as("nothing closes before the answer").isTrue();
        return ask;
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
