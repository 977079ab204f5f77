package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.cli.PublishFixture;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The wizard for a layout name another installation already publishes into the folder ("Office PC"
 * published "Family" to /IPTV first, from its own data directory): publishing it under another name
 * leaves their files alone; taking the layout over asks first, then the index names this installation.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class RecoveryWizardLayoutOwnedUiTest {
    @TempDir
    static Path tmp;
    private WizardFixture w;
    private String theirs;

    @Start
    void start(Stage stage) throws Exception {
        w = WizardFixture.withAccessToken(stage, tmp);
        Path office = UiFixture.offFx(() -> PublishFixture.installation(tmp.resolve("office-" + System.nanoTime()),
                "Office PC", tmp));
        UiFixture.offFx(() -> PublishFixture.ok(PublishFixture.run(office, w.env, "target", "add", "dropbox", "box",
                "--folder", "/IPTV", "--access-token-env", "BOX_TOKEN")));
        UiFixture.offFx(() -> PublishFixture.ok(PublishFixture.run(office, w.env, "publish", "--target", "box")));
        theirs = w.published("/IPTV/family.m3u");
    }

    @AfterEach
    void stop() throws Exception {
        w.close();
    }

    private String owner() throws Exception {
        return new ObjectMapper().readTree(w.fake.content("/IPTV/lineup-manifest.json").orElseThrow())
                .path("layouts").path("family").path("owner").path("instanceName").asText();
    }

    @Test
    void publishingUnderAnotherNameLeavesTheirFilesAlone(FxRobot robot) throws Exception {
        w.publishUntilWizard(robot, "LayoutOwnedElsewhere");
        assertThat(w.actions()).containsExactly(RecoveryAction.PUBLISH_UNDER_OTHER_NAME, RecoveryAction.TAKE_OVER_LAYOUT,
                RecoveryAction.MAKE_SECONDARY, RecoveryAction.USE_SEPARATE_FOLDER);
        assertThat(w.factsShown(robot)).hasEntrySatisfying("Details", d -> assertThat(d)
                .startsWith("Layout \"Family\" in this folder belongs to \"Office PC\""));

        robot.clickOn("#action-PUBLISH_UNDER_OTHER_NAME");
        w.waitFor(10, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryTextInputControl().setText("Family Kitchen"));
        robot.clickOn("OK");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());

        assertThat(w.outcome(robot)).startsWith("Renamed \"Family\" to \"Family Kitchen\"; published generation ");
        assertThat(w.published("/IPTV/family.m3u")).as("their files stay").isEqualTo(theirs);
        assertThat(w.published("/IPTV/family-kitchen.m3u")).contains("One News");
        assertThat(owner()).isEqualTo("Office PC");
        assertThat(w.app.services.publish().layouts()).contains("Family Kitchen").doesNotContain("Family");
    }

    @Test
    void takingTheLayoutOverIsConfirmedThenTheIndexNamesThisInstallation(FxRobot robot) throws Exception {
        w.publishUntilWizard(robot, "LayoutOwnedElsewhere");

        robot.clickOn("#action-TAKE_OVER_LAYOUT");
        assertThat(w.dialogText(robot)).startsWith("Publish this installation's \"Family\" over the files of \"Office PC\"")
                .contains("their next publish of it is refused");
        robot.clickOn("OK");
        w.waitFor(30, () -> w.wizard().resolvedProperty().get());

        assertThat(w.outcome(robot)).startsWith("Took the layout over from \"Office PC\"; published generation ");
        assertThat(owner()).isNotEqualTo("Office PC");
        assertThat(w.published("/IPTV/family.m3u")).contains("One News");
    }
}
