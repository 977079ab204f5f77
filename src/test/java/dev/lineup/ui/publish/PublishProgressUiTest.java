package dev.lineup.ui.publish;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a publish to Dropbox is under way, the layout's row names the file going up and its percent.
 * The fake holds its answers to the share-link calls until the test has looked, so the publish is
 * paused right after the first file's bytes were acknowledged (no timing involved).
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class PublishProgressUiTest {
    @TempDir
    static Path tmp;
    private FakeDropbox fake;
    private UiFixture app;
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDropbox.start();
        app = PublishUiAccess.startWithDropbox(stage, tmp, fake).app();
    }

    @AfterEach
    void stopFake() {
        release.countDown();
        fake.close();
    }

    @Test
    void theRowShowsTheFileAndItsPercentWhileItUploads(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        PublishViewModel vm = app.window.get(PublishViewModel.class);
        app.waitUntil(() -> vm.rows().size() == 2);
        fake.holdResponses("sharing", release);

        robot.interact(() -> vm.request("Family", PublishViewModel.Kind.PUBLISH));
        AtomicReference<String> shown = new AtomicReference<>("");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            shown.set(PublishUiAccess.row(app, "Family").activityProperty().get());
            return shown.get().startsWith("uploading ");
        }).get());
        assertThat(shown.get()).matches("uploading family\\.\\S+ \\d{1,3} %");
        assertThat(PublishUiAccess.row(app, "Family").pending()).isTrue();

        release.countDown();
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().startsWith("published"));
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("published generation 1");
    }
}
