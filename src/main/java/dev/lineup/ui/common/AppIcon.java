package dev.lineup.ui.common;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Lineup's icon (assets/icon, made from its SVG) on a window: the title bar, the task bar, Alt+Tab. */
public final class AppIcon {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcon() {
    }

    /** Starts loading the icon in the background, so it is ready when the first window shows. UI thread. */
    public static void preload() {
        images();
    }

    /**
     * Gives {@code stage} every size of the icon, so the desktop picks a sharp one. Sizes still loading
     * are handed over again once loaded: the window system takes only loaded images. Call on the UI thread.
     */
    public static void apply(Stage stage) {
        List<Image> all = images();
        stage.getIcons().setAll(all);
        for (Image i : all) {
            if (i.getProgress() < 1) {
                i.progressProperty().addListener((o, was, now) -> {
                    if (now.doubleValue() >= 1) {
                        stage.getIcons().setAll(all);
                    }
                });
            }
        }
    }

    private static List<Image> images() {
        if (images == null) {
            // A path without a scheme is looked up on the class path; loaded in the background (no UI-thread I/O).
            images = java.util.Arrays.stream(SIZES)
                    .mapToObj(s -> new Image("assets/icon/lineup-" + s + ".png", true)).toList();
        }
        return images;
    }
}
