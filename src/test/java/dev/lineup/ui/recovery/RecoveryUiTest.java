package dev.lineup.ui.recovery;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.service.common.Env;
import dev.lineup.service.publish.Targets;
import dev.lineup.model.TargetConfig;
import dev.lineup.sync.Lease;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.SyncProblem;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.history.HistoryViewModel;
import dev.lineup.ui.mainwindow.Screen;
import dev.lineup.ui.publish.PublishUiAccess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
 * The recovery wizard over a real database and the real Dropbox SDK talking to the fake: a lease held by
 * another installation is shown with its holder and resolved by a confirmed takeover; an expired sign-in
 * offers to sign in again; the History screen lists what happened.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class RecoveryUiTest {
    @TempDir
    static Path tmp;
    private FakeDropbox fake;
    private String token;
    private Map<String, String> env;
    private UiFixture app;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDropbox.start();
        token = fake.newAccessToken("Fake User");
        PublishUiAccess.DropboxApp started = PublishUiAccess.startWithDropbox(stage, tmp, fake,
                Map.of("BOX_TOKEN", token), "--access-token-env", "BOX_TOKEN");
        app = started.app();
        data = started.data();
        env = started.env();
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    /** Another installation ("Office PC" on another computer) holding the lease of /IPTV, live. */
    private Lease holdLease() throws Exception {
        dev.lineup.sync.TokenStore mem = dev.lineup.sync.TokenStore.inMemory();
        mem.put("box", dev.lineup.sync.OAuthTokens.accessOnly(token));
        PublishTarget target = Targets.open(new TargetConfig("box", "dropbox", "{\"folder\":\"/IPTV\"}"), mem,
                Env.overlay(env));
        LeaseManager other = new LeaseManager(target, RetryPacer.standard(),
                new LeaseOwner("office-id", "Office PC", "office-host", "bob", 4242, "test"), Duration.ofSeconds(300));
        return other.acquire("publish layout 'Office'");
    }

    @Test
    void aHeldLeaseOpensTheWizardWithTheHolderAndAConfirmedTakeoverPublishes(FxRobot robot) throws Exception {
        Lease held = holdLease();
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        app.waitUntil(() -> PublishUiAccess.selected(app) != null);
        robot.clickOn("#publishNow");
        app.waitUntil(() -> robot.lookup("#action-FORCE_TAKEOVER").tryQuery().isPresent());

        RecoveryViewModel wizard = app.window.get(RecoveryViewModel.class);
        assertThat(robot.lookup("#recoveryKind").queryLabeled().getText()).isEqualTo("Another computer is publishing");
        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText())
                .isEqualTo("Another installation is publishing to this folder right now.");
        assertThat(wizard.factLines()).contains("Held by: Office PC", "Computer: office-host", "Process id: 4242",
                "User: bob", "Doing: publish layout 'Office'").anySatisfy(l -> assertThat(l).matches("Last heartbeat: \\d+ s ago"))
                .anySatisfy(l -> assertThat(l).startsWith("Since: ").doesNotContain("Z")
                        .matches("Since: .+ \\((.+ ago|just now)\\)")); // a local time with its age
        assertThat(robot.lookup("#problemIndicator").queryButton().getText())
                .isEqualTo("⚠ Another computer is publishing (box) — fix…");
        assertThat(wizard.actions()).extracting(RecoveryViewModel.ActionItem::action).containsExactly(
                RecoveryAction.WAIT_AND_RETRY, RecoveryAction.FORCE_TAKEOVER, RecoveryAction.MAKE_SECONDARY,
                RecoveryAction.USE_SEPARATE_FOLDER, RecoveryAction.CANCEL);
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isTrue();
        assertThat(fake.content("/IPTV/family.m3u")).isEmpty();
        assertThat(robot.lookup("#publishMessage").queryLabeled().getText()).startsWith("Another computer is publishing: ");
        assertThat(robot.lookup("#publishMessage").queryLabeled().getStyleClass()).doesNotContain("success");

        // Closed, the wizard comes back from the status bar's problem indicator.
        robot.clickOn("#recoveryClose");
        app.waitUntil(() -> robot.lookup("#action-FORCE_TAKEOVER").tryQuery().filter(n -> n.isVisible()
                && n.getScene().getWindow().isShowing()).isEmpty());
        robot.clickOn("#problemIndicator");
        app.waitUntil(() -> robot.lookup("#action-FORCE_TAKEOVER").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        assertThat(robot.lookup("#recoveryKind").queryLabeled().getText()).isEqualTo("Another computer is publishing");

        robot.clickOn("#action-FORCE_TAKEOVER");
        assertThat(robot.lookup(".dialog-pane .label").queryAll()).anySatisfy(n -> assertThat(
                ((javafx.scene.control.Label) n).getText()).contains("Take the lock from \"Office PC\" (computer office-host, process 4242)"));
        robot.clickOn("OK");
        app.waitUntil(() -> wizard.resolvedProperty().get());

        assertThat(robot.lookup("#recoveryOutcome").queryLabeled().getText())
                .isEqualTo("Took over the lock of \"Office PC\"; published generation 2.");
        // The finished state: green, saying what was published; no problem heading over empty ways out.
        assertThat(robot.lookup("#recoveryKind").queryLabeled().getText()).isEqualTo("Published");
        assertThat(robot.lookup("#recoveryKind").queryLabeled().getStyleClass()).contains("success-title");
        assertThat(robot.lookup("#recoveryOutcome").queryLabeled().getStyleClass()).contains("success")
                .doesNotContain("notice");
        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText()).contains("published generation 2");
        assertThat(robot.lookup("#recoveryWaysTitle").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup("#recoveryFactsTitle").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup("#recoveryRetry").queryButton().isDisabled()).isTrue();
        assertThat(fake.content("/IPTV/family.m3u")).hasValueSatisfying(b -> assertThat(new String(b)).contains("One News"));
        assertThat(new ObjectMapper().readTree(fake.content("/IPTV/lineup-manifest.json").orElseThrow())
                .path("generation").asLong()).isEqualTo(2);
        assertThat(fake.content("/IPTV/lockfile.json")).isEmpty();
        assertThat(held.isLost() || heartbeatFails(held)).as("the old holder learns it lost the lease").isTrue();
        assertThat(robot.lookup("#problemIndicator").queryButton().isVisible()).isFalse();
        assertThat(PublishUiAccess.row(app, "Family").stateProperty().get().generation()).isEqualTo(2);
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("published generation 2");
        // The Publish screen's line no longer names the problem: it says what the fix published, as a success.
        assertThat(robot.lookup("#publishMessage").queryLabeled().getText())
                .isEqualTo("Took over the lock of \"Office PC\"; published generation 2.");
        assertThat(robot.lookup("#publishMessage").queryLabeled().getStyleClass()).contains("success");

        // The History screen lists the problem; opened again, it no longer applies.
        robot.clickOn("#recoveryClose");
        PublishUiAccess.showScreen(robot, app, Screen.HISTORY);
        HistoryViewModel history = app.window.get(HistoryViewModel.class);
        app.waitUntil(() -> !history.problems().isEmpty());
        assertThat(history.problems()).extracting(p -> p.kind().label()).containsExactly("LeaseHeld");
        assertThat(history.problems().get(0).factsLine()).contains("held by \"Office PC\" (host office-host, pid 4242)");
        assertThat(robot.lookup("#problemCounts").queryLabeled().getText()).isEqualTo("One publish problem so far: Another computer is publishing (1).");
        assertThat(history.publishes()).extracting(r -> r.outcome()).anySatisfy(o -> assertThat(o).startsWith("LeaseHeld: "))
                .anySatisfy(o -> assertThat(o).startsWith("published: "));
        robot.clickOn("#filterProblems");
        TableView<dev.lineup.ui.history.HistoryEvent> table = robot.lookup("#eventTable").queryTableView();
        // The problem, and the takeover that fixed it.
        app.waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(dev.lineup.ui.history.HistoryEvent::what)
                .containsExactlyInAnyOrder("Another computer is publishing", "Fixed: Another computer is publishing");
        // The row showing the problem (the table's first cell in the scene graph may be an empty, reused one).
        robot.doubleClickOn(robot.from(table).lookup((javafx.scene.control.TableRow<?> r) -> r.getItem() != null
                        && ((dev.lineup.ui.history.HistoryEvent) r.getItem()).problem() != null)
                .queryAs(javafx.scene.Node.class));
        app.waitUntil(() -> wizard.outcomeProperty().get().startsWith("This no longer applies"));
        assertThat(wizard.actions()).isEmpty();
    }

    private static boolean heartbeatFails(Lease held) {
        try {
            held.heartbeat();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    @Test
    void anExpiredSignInOffersToSignInAgain(FxRobot robot) {
        fake.expireToken(token);
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        app.waitUntil(() -> PublishUiAccess.selected(app) != null);
        robot.clickOn("#publishNow");
        app.waitUntil(() -> robot.lookup("#action-REAUTHORIZE").tryQuery().isPresent());
        assertThat(robot.lookup("#recoveryKind").queryLabeled().getText()).isEqualTo("The sign-in has expired");
        assertThat(robot.lookup("#recoverySummary").queryLabeled().getText()).isEqualTo("The sign-in for this target has expired.");
        assertThat(robot.lookup("#action-REAUTHORIZE").queryButton().getText()).isEqualTo("Sign in again");
        assertThat(app.window.get(RecoveryViewModel.class).actions()).extracting(RecoveryViewModel.ActionItem::explanation)
                .as("the target was added with a bare token: no browser sign-in, a new token")
                .containsExactly("This target was added with a token: paste a new access token from the provider's app console.");
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("failed: The sign-in has expired");
    }
}
