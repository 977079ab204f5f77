package dev.lineup.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saves a PNG of a scene as it is drawn (the screenshot tour of the README). UI thread only. */
public final class Snapshots {
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

    private Snapshots() {
    }

    public static void save(Scene scene, Path file) {
        WritableImage img = scene.snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        try {
            PngWriter.write(file, w, h, argb);
        } catch (IOException e) {
            LOG.error("cannot save screenshot {}: {}", file, e.getMessage());
        }
    }
}
