package dev.lineup.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import dev.lineup.ui.publish.PublishUiAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app over a real data directory whose layout "Family" publishes to the Dropbox target "box"
 * (folder /IPTV) on a {@link FakeDropbox}, and the recovery wizard as a user meets it: publish, wait for
 * the wizard of a kind, read its facts and actions, click a fix. Pages the app opens in the browser are
 * recorded, and followed over HTTP so the fake's sign-in page can redirect back to the app.
 */
final class WizardFixture {
    final FakeDropbox fake;
    final UiFixture app;
    final Path data;
    final Map<String, String> env;
    /** Every page the app asked the browser to show. */
    final List<String> browsed = Collections.synchronizedList(new ArrayList<>());

    private WizardFixture(FakeDropbox fake, UiFixture app, Path data, Map<String, String> env) {
        this.fake = fake;
        this.app = app;
        this.data = data;
        this.env = env;
    }

    /** Target "box" signed in with a hand-supplied access token of "Fake User" (cannot sign in again by itself). */
    static WizardFixture withAccessToken(Stage stage, Path tmp) throws IOException {
        return withAccessToken(stage, tmp, Map.of());
    }

    /** The same with {@code settings} set before the app starts. */
    static WizardFixture withAccessToken(Stage stage, Path tmp, Map<String, String> settings) throws IOException {
        FakeDropbox fake = FakeDropbox.start();
        Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                "BOX_TOKEN", fake.newAccessToken("Fake User"));
        return start(stage, tmp, fake, env, settings, "--access-token-env", "BOX_TOKEN");
    }

    /** Target "box" of the app key "app-key" with a refresh token of "Ann Example": it can sign in again. */
    static WizardFixture withRefreshToken(Stage stage, Path tmp, FakeDropbox fake, String refreshToken) throws IOException {
        Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(), "BOX_REFRESH", refreshToken);
        return start(stage, tmp, fake, env, "--app-key", "app-key", "--refresh-token-env", "BOX_REFRESH");
    }

    /** Target "box" on {@code fake} with extra environment and {@code signIn} options of {@code target add dropbox}. */
    static WizardFixture start(Stage stage, Path tmp, FakeDropbox fake, Map<String, String> env,
                                       String... signIn) throws IOException {
        return start(stage, tmp, fake, env, Map.of(), signIn);
    }

    private static WizardFixture start(Stage stage, Path tmp, FakeDropbox fake, Map<String, String> env,
                                       Map<String, String> settings, String... signIn) throws IOException {
        PublishUiAccess.DropboxApp started = PublishUiAccess.startWithDropbox(stage, tmp, fake, env, settings, signIn);
        UiFixture app = started.app();
        WizardFixture f = new WizardFixture(fake, app, started.data(), started.env());
        app.services.targets().setBrowser(f::browse);
        return f;
    }

    private void browse(String url) {
        browsed.add(url);
        if (url.startsWith(fake.baseUrl().toString())) {
            // The fake's consent page approves at once and redirects to the app's loopback receiver.
            try (okhttp3.Response r = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder().url(url).build())
                    .execute()) {
                assertThat(r.code()).isEqualTo(200);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** "Office PC", another installation on another computer, holding the lock of /IPTV, live (target "box", token). */
    dev.lineup.sync.Lease officeHoldsTheLock() throws Exception {
        dev.lineup.sync.TokenStore mem = dev.lineup.sync.TokenStore.inMemory();
        mem.put("box", dev.lineup.sync.OAuthTokens.accessOnly(env.get("BOX_TOKEN")));
        dev.lineup.sync.PublishTarget target = dev.lineup.service.publish.Targets.open(new dev.lineup.model.TargetConfig(
                "box", "dropbox", "{\"folder\":\"/IPTV\"}"), mem, dev.lineup.service.common.Env.overlay(env));
        return new dev.lineup.sync.LeaseManager(target, dev.lineup.sync.RetryPacer.standard(),
                new dev.lineup.sync.LeaseOwner("office-id", "Office PC", "office-host", "bob", 4242, "test"),
                java.time.Duration.ofSeconds(300)).acquire("publish layout 'Office'");
    }

    void close() throws InterruptedException {
        app.close();
        fake.close();
    }

    RecoveryViewModel wizard() {
        return app.window.get(RecoveryViewModel.class);
    }

    /** Clicks "Publish now" for Family on the Publish screen, as a user does. */
    void clickPublish(FxRobot robot) {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        app.waitUntil(() -> PublishUiAccess.selected(app) != null);
        robot.clickOn("#publishNow");
    }

    /** Publishes and waits until the wizard shows a problem of {@code kind} with its fixes loaded. */
    void publishUntilWizard(FxRobot robot, String kind) {
        clickPublish(robot);
        awaitWizard(robot, kind);
    }

    void awaitWizard(FxRobot robot, String kind) {
        waitFor(30, () -> wizardShowing() && wizard().kindProperty().get() != null
                && kind.equals(wizard().kindProperty().get().label()) && !wizard().runningProperty().get());
        assertThat(robot.lookup("#recoveryKind").queryLabeled().getText()).as("a sentence, not the code name")
                .isEqualTo(RecoveryViewModel.title(wizard().kindProperty().get())).isNotEqualTo(kind);
    }

    /** Publishes from the Publish screen and waits for it to go through. */
    void publishOk(FxRobot robot, long generation) {
        clickPublish(robot);
        waitFor(30, () -> ("published generation " + generation).equals(
                PublishUiAccess.row(app, "Family").activityProperty().get()));
    }

    /**
     * Brings the wizard's window to the front, as a user clicking on it does: Monocle has no window
     * manager keeping it above the main window once a dialog (owned by the main window) has closed.
     */
    void focusWizard(FxRobot robot) {
        robot.interact(() -> app.window.get(RecoveryWindow.class).stage().toFront());
    }

    boolean wizardShowing() {
        Stage s = app.window.get(RecoveryWindow.class).stage();
        return s != null && s.isShowing();
    }

    /** The actions shown, in the wizard's order. */
    List<RecoveryAction> actions() {
        return wizard().actions().stream().map(RecoveryViewModel.ActionItem::action).toList();
    }

    /** The facts as the wizard's grid shows them, label to value. */
    Map<String, String> factsShown(FxRobot robot) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Node> cells = new ArrayList<>(robot.lookup("#recoveryFacts").queryAs(javafx.scene.layout.GridPane.class)
                .getChildren());
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            out.put(((Label) cells.get(i)).getText(), ((Label) cells.get(i + 1)).getText());
        }
        return out;
    }

    String outcome(FxRobot robot) {
        return robot.lookup("#recoveryOutcome").queryLabeled().getText();
    }

    /** Waits until the fix that is running ends and the outcome says something other than "…". */
    String awaitOutcome(FxRobot robot) {
        waitFor(30, () -> !wizard().runningProperty().get() && !wizard().outcomeProperty().get().isEmpty()
                && !wizard().outcomeProperty().get().endsWith("…"));
        return outcome(robot);
    }

    /** The text of the confirmation dialog that is open now. */
    String dialogText(FxRobot robot) {
        waitFor(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane .label").queryAll().stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.isBlank()).reduce("", (a, b) -> a + b);
    }

    long manifestGeneration(String folder) throws IOException {
        return new ObjectMapper().readTree(fake.content(folder + "/lineup-manifest.json").orElseThrow())
                .path("generation").asLong();
    }

    String published(String path) {
        return fake.content(path).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).orElse("");
    }

    /**
     * Waits up to {@code seconds} for {@code condition}, checked on the test thread (it may read the store,
     * which the FX thread must not: see FxIoGuard); fails with the wizard's state.
     */
    void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("not reached within " + seconds + " s; wizard: " + wizard().titleProperty().get()
                    + " / " + wizard().outcomeProperty().get() + "; row: "
                    + PublishUiAccess.row(app, "Family").activityProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
