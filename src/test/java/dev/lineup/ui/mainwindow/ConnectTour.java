package dev.lineup.ui.mainwindow;

import dev.lineup.ui.common.ScreenshotHook;
import dev.lineup.ui.common.Theme;
import dev.lineup.ui.publish.ConnectDialog;
import dev.lineup.ui.publish.ConnectViewModel;
import dev.lineup.ui.publish.TargetsViewModel;
import java.util.Deque;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The screenshot tour's pages of the "Connect Dropbox / Google Drive" dialog. The tour's build carries no
 * app key and talks to no provider, so it opens the own-app steps for real and shows the pages a sign-in
 * reaches (waiting for the browser, naming the target) by moving the flow's step, as a sign-in would.
 */
final class ConnectTour {
    private ConnectDialog dialog;
    private ConnectViewModel flow;

    /** Adds the steps; {@code shots} adds the steps that save a scene under a name (light and dark). */
    void addSteps(Deque<Runnable> steps, ScreenshotHook.WindowParts window, Stage owner,
                  BiConsumer<String, Supplier<Scene>> shots) {
        Supplier<Scene> scene = () -> dialog.stage().getScene();
        TargetsViewModel targets = window.get(TargetsViewModel.class);
        Theme theme = window.get(Theme.class);
        for (String kind : new String[] {"dropbox", "gdrive"}) {
            steps.add(() -> {
                flow = targets.connect(kind);
                dialog = new ConnectDialog(flow, owner, theme);
                dialog.show();
                flow.start();
            });
            shots.accept("connect-" + kind + "-own-app", scene);
        }
        steps.add(() -> flow.useToken());
        shots.accept("connect-token", scene);
        steps.add(() -> flow.stepProperty().set(ConnectViewModel.Step.SIGNING_IN));
        shots.accept("connect-signing-in", scene);
        steps.add(() -> {
            flow.messageProperty().set("Signed in to Google Drive.");
            flow.stepProperty().set(ConnectViewModel.Step.PLACE);
        });
        shots.accept("connect-place", scene);
        steps.add(() -> dialog.stage().hide());
    }
}
