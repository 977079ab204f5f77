package dev.lineup.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.DesktopServices;
import dev.lineup.service.common.Env;
import dev.lineup.service.publish.StoreTokenStore;
import dev.lineup.service.publish.TargetInfo;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.cli.PublishFixture;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import dev.lineup.ui.FxIoGuard;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Signing a Dropbox target out and in again from the targets part of the Publish screen, against the
 * fake Dropbox. The target "box" starts signed in as "Ann Example" (tokens as a finished sign-in leaves
 * them); the "browser" the app opens for sign-in is an HTTP client that follows the fake's authorize
 * page back to the app's loopback address, as a user approving in a real browser would.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class TargetSignInOutUiTest {
    private static final MediaType JSON = MediaType.get("application/json");
    @TempDir
    static Path tmp;
    private final OkHttpClient http = new OkHttpClient();
    private FakeDropbox fake;
    private UiFixture app;
    private Workspace ws;
    private FakeDropbox.Tokens first;

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDropbox.start();
        Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString());
        Path dir = Files.createTempDirectory(tmp, "case");
        Path data = PublishUiAccess.seed(dir.resolve("data"), dir);
        dev.lineup.service.AppServices services = UiFixture.offFx(() -> {
            PublishFixture.ok(PublishFixture.run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV",
                    "--app-key", "app1"));
            ws = DesktopServices.open(data, n -> { });
            first = fake.newRefreshableTokens("Ann Example", "app1");
            new StoreTokenStore(ws.store().secrets()).put("box", new OAuthTokens(first.accessToken(),
                    first.refreshToken(), Instant.now().plusSeconds(3600), "app1", fake.accountId("Ann Example")));
            return DesktopServices.create(ws, Clock.fixed(UiFixture.NOW, ZoneOffset.UTC), Env.overlay(env));
        });
        app = UiFixture.start(stage, services);
        UiFixture.offFx(() -> {
            app.services.targets().setTarget("Family", "box");
            return null;
        });
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void signOutRevokesTheGrantAndForgetsItAndSignInFromTheScreenMakesTheTargetPublishAgain(FxRobot robot)
            throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        TargetsViewModel targets = app.window.get(TargetsViewModel.class);
        app.waitUntil(() -> box(targets) != null);
        String ann = fake.accountId("Ann Example");
        assertThat(whereShown(robot)).isEqualTo("Dropbox /IPTV · signed in as " + ann);
        assertThat(callWith(first.accessToken())).as("the grant works before sign-out").isEqualTo(200);

        robot.clickOn(cell(robot, "box"));
        robot.clickOn("#signOut");
        robot.clickOn("OK"); // "Sign out of "box"? The grant is revoked at the provider…"
        app.waitUntil(() -> !box(targets).signedIn());

        assertThat(robot.lookup("#targetMessage").queryLabeled().getText())
                .isEqualTo("Signed out of \"box\"; its grant was revoked.");
        assertThat(whereShown(robot)).isEqualTo("Dropbox /IPTV · not signed in");
        assertThat(callWith(first.accessToken())).as("the fake refuses the revoked token").isEqualTo(401);
        assertThat(refreshWith(first.refreshToken())).as("its refresh token is revoked too").isEqualTo(400);
        assertThat(ws.store().secrets().get(StoreTokenStore.key("box"))).as("forgotten locally").isEmpty();

        fake.signInAs("Bob Example");
        AtomicReference<CompletableFuture<Integer>> browsed = new AtomicReference<>();
        app.services.targets().setBrowser(url -> browsed.set(CompletableFuture.supplyAsync(() -> visit(url))));
        robot.clickOn("#signIn");
        app.waitUntil(() -> box(targets).signedIn());

        assertThat(browsed.get()).as("the sign-in page was opened").isNotNull();
        assertThat(browsed.get().get(10, TimeUnit.SECONDS)).as("the browser got the app's answer page").isEqualTo(200);
        String bob = fake.accountId("Bob Example");
        assertThat(robot.lookup("#targetMessage").queryLabeled().getText())
                .isEqualTo("Signed in: Dropbox /IPTV · signed in as " + bob);
        assertThat(whereShown(robot)).isEqualTo("Dropbox /IPTV · signed in as " + bob);
        OAuthTokens stored = new StoreTokenStore(ws.store().secrets()).get("box").orElseThrow();
        assertThat(stored.canRefresh()).isTrue();
        assertThat(stored.accessToken()).isNotEqualTo(first.accessToken());

        PublishViewModel publish = app.window.get(PublishViewModel.class);
        robot.interact(() -> publish.selectedProperty().set(PublishUiAccess.row(app, "Family")));
        robot.clickOn("#publishNow");
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().startsWith("published"));
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("published generation 1");
        assertThat(fake.content("/IPTV/family.m3u")).isPresent();
        assertThat(fake.writeLog()).filteredOn(w -> w.path().equalsIgnoreCase("/IPTV/family.m3u"))
                .extracting(w -> w.accountId()).containsOnly(bob);
    }

    private static TargetInfo box(TargetsViewModel vm) {
        return vm.targets().stream().filter(t -> t.name().equals("box")).findFirst().orElse(null);
    }

    /** The "Where" cell of the box row, as the table shows it. */
    private static String whereShown(FxRobot robot) {
        return robot.lookup("#targetTable .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && t.startsWith("Dropbox /IPTV")).findFirst().orElse(null);
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup("#targetTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    /** A Dropbox API call with {@code token}: the fake's status code. */
    private int callWith(String token) throws IOException {
        Request r = new Request.Builder().url(fake.baseUrl() + "/2/users/get_space_usage")
                .header("Authorization", "Bearer " + token).post(RequestBody.create("null", JSON)).build();
        try (Response res = http.newCall(r).execute()) {
            return res.code();
        }
    }

    private int refreshWith(String refreshToken) throws IOException {
        Request r = new Request.Builder().url(fake.baseUrl() + "/oauth2/token").post(RequestBody.create(
                "grant_type=refresh_token&client_id=app1&refresh_token=" + refreshToken,
                MediaType.get("application/x-www-form-urlencoded"))).build();
        try (Response res = http.newCall(r).execute()) {
            return res.code();
        }
    }

    /** The browser: opens the page and follows its redirect to the app's loopback address. */
    private int visit(String url) {
        try (Response r = http.newCall(new Request.Builder().url(url).build()).execute()) {
            return r.code();
        } catch (IOException e) {
            return -1;
        }
    }
}
