package dev.lineup.ui.publish;

import dev.lineup.service.publish.TargetInfo;
import dev.lineup.ui.UiFixture;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The connect dialog as a user meets it: which page shows, its fields, and a "browser" that records every page
 * the app opens and follows those of the local fake (the consent page redirects to the app's loopback
 * address, as a user approving in a real browser does); real provider pages are only recorded, never loaded.
 */
final class ConnectUiAccess {
    private ConnectUiAccess() {
    }

    /** The app's browser: pages opened, and the status codes of the fake's pages it followed. */
    static final class Browser {
        final List<String> opened = new CopyOnWriteArrayList<>();
        final List<Integer> answers = new CopyOnWriteArrayList<>();
        private final OkHttpClient http = new OkHttpClient();
        private final String fakeBase;

        Browser(String fakeBase) {
            this.fakeBase = fakeBase;
        }

        void open(String url) {
            opened.add(url);
            if (url.startsWith(fakeBase)) {
                Thread t = new Thread(() -> answers.add(visit(url)), "test-browser");
                t.setDaemon(true);
                t.start();
            }
        }

        private int visit(String url) {
            try (Response r = http.newCall(new Request.Builder().url(url).build()).execute()) {
                return r.code();
            } catch (IOException e) {
                return -1;
            }
        }
    }

    static Browser browser(UiFixture app, String fakeBase) {
        Browser b = new Browser(fakeBase);
        app.services.targets().setBrowser(b::open);
        return b;
    }

    /** Whether the node of that id shows (it and every parent visible): the dialog's page is on screen. */
    static boolean showing(FxRobot robot, String id) {
        Optional<Node> n = robot.lookup(id).tryQuery();
        for (Node p = n.orElse(null); p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.isPresent() && n.get().getScene() != null && n.get().getScene().getWindow().isShowing();
    }

    /** Waits (up to 30 s: sign-in goes through a loopback server and the fake) until the node shows. */
    static void waitShowing(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> showing(robot, id)).get());
        } catch (TimeoutException e) {
            throw new AssertionError(id + " did not show within 30 s; the dialog says: " + text(robot, "#connectMessage"), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the connect dialogs a test left open, before its app goes (a test's windows end with it). */
    static void closeDialogs(FxRobot robot) {
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#connectClose") != null)
                .forEach(javafx.stage.Window::hide));
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n instanceof TextInputControl t ? t.getText()
                : n instanceof javafx.scene.control.Labeled l ? l.getText() : n.toString()).orElse(null);
    }

    static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(value));
    }

    static TargetInfo target(UiFixture app, String name) {
        return app.window.get(TargetsViewModel.class).targets().stream().filter(t -> t.name().equals(name))
                .findFirst().orElse(null);
    }

    /** Chooses {@code target} for "Family", publishes it with the screen's button and waits for the outcome. */
    static String publishFamilyTo(FxRobot robot, UiFixture app, String target) throws IOException {
        UiFixture.offFx(() -> {
            app.services.targets().setTarget("Family", target);
            return null;
        });
        PublishViewModel publish = app.window.get(PublishViewModel.class);
        robot.interact(publish::load);
        app.waitUntil(() -> true);
        robot.interact(() -> publish.selectedProperty().set(PublishUiAccess.row(app, "Family")));
        robot.clickOn("#publishNow");
        app.waitUntil(() -> String.valueOf(PublishUiAccess.row(app, "Family").activityProperty().get())
                .matches("(published|failed).*"));
        return PublishUiAccess.row(app, "Family").activityProperty().get();
    }
}
