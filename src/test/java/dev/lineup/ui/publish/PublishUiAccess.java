package dev.lineup.ui.publish;

import dev.lineup.service.AppServices;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.cli.PublishFixture;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.MainWindowViewModel;
import dev.lineup.ui.mainwindow.Screen;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * A real installation for the publish screens: "Living room", a refreshed playlist source "P" (three
 * channels), layouts "Family" (made by the fixture) and "Kids" (made from the source), the default local
 * target {@code DATA/published}, all through the CLI and store APIs; then the real window over it.
 */
public final class PublishUiAccess {
    private PublishUiAccess() {
    }

    /** Seeds {@code data}; {@code env} are extra environment variables for cloud targets (fake base URLs). */
    public static Path seed(Path data, Path scratch) throws IOException {
        return UiFixture.offFx(() -> {
            PublishFixture.installation(data, "Living room", scratch);
            try (Workspace ws = Workspace.open(data, null, m -> { })) {
                ws.layouts().createFromSource("Kids", "P");
            }
            return data;
        });
    }

    public static UiFixture start(Stage stage, Path data, Map<String, String> env) throws IOException {
        AppServices s = UiFixture.servicesOver(data, Env.overlay(env));
        return UiFixture.start(stage, s);
    }

    /** The app over a seeded installation whose "Family" layout publishes to Dropbox target "box". */
    public record DropboxApp(UiFixture app, Path data, Map<String, String> env) {
    }

    /**
     * Seeds a data directory under {@code tmp}, adds target "box" on {@code /IPTV} of {@code fake} with the
     * sign-in options {@code signIn} of {@code target add dropbox} (environment {@code env} plus the fake's
     * base URL), starts the window and chooses "box" for "Family". Setup runs off the FX thread.
     */
    public static DropboxApp startWithDropbox(Stage stage, Path tmp, FakeDropbox fake, Map<String, String> env,
                                              String... signIn) throws IOException {
        return startWithDropbox(stage, tmp, fake, env, Map.of(), signIn);
    }

    /** As above, with {@code settings} set ({@code lineup config set KEY VALUE}) before the app starts. */
    public static DropboxApp startWithDropbox(Stage stage, Path tmp, FakeDropbox fake, Map<String, String> env,
                                              Map<String, String> settings, String... signIn) throws IOException {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString());
        Path dir = java.nio.file.Files.createTempDirectory(tmp, "case");
        Path data = seed(dir.resolve("data"), dir);
        java.util.List<String> add = new java.util.ArrayList<>(java.util.List.of("target", "add", "dropbox", "box",
                "--folder", "/IPTV"));
        add.addAll(java.util.List.of(signIn));
        UiFixture.offFx(() -> PublishFixture.ok(PublishFixture.run(data, all, add.toArray(String[]::new))));
        for (Map.Entry<String, String> e : settings.entrySet()) {
            UiFixture.offFx(() -> PublishFixture.ok(PublishFixture.run(data, "config", "set", e.getKey(), e.getValue())));
        }
        UiFixture app = start(stage, data, all);
        UiFixture.offFx(() -> {
            app.services.targets().setTarget("Family", "box");
            return null;
        });
        return new DropboxApp(app, data, Map.copyOf(all));
    }

    /** As above, signed in with a hand-supplied access token of "Fake User" (env BOX_TOKEN). */
    public static DropboxApp startWithDropbox(Stage stage, Path tmp, FakeDropbox fake) throws IOException {
        return startWithDropbox(stage, tmp, fake, Map.of("BOX_TOKEN", fake.newAccessToken("Fake User")),
                "--access-token-env", "BOX_TOKEN");
    }

    public static void showScreen(FxRobot robot, UiFixture app, Screen screen) {
        robot.interact(() -> app.window.get(MainWindowViewModel.class).screenProperty().set(screen));
        app.waitUntil(() -> true);
    }

    public static PublishRow selected(UiFixture app) {
        return app.window.get(PublishViewModel.class).selectedProperty().get();
    }

    public static PublishRow row(UiFixture app, String layout) {
        return app.window.get(PublishViewModel.class).rows().stream().filter(r -> r.layout().equals(layout))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + layout));
    }
}
