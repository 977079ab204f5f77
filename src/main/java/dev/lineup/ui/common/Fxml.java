package dev.lineup.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads one scene's FXML with controllers from the {@link ControllerFactory}. */
public final class Fxml {
    private Fxml() {
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** Loads {@code name} from the package of {@code anchor}. */
    public static <C> View<C> load(Class<?> anchor, String name, ControllerFactory factory) {
        URL url = anchor.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + name + " next to " + anchor.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(factory);
        loader.setResources(Texts.bundle());
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
