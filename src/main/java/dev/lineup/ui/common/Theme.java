package dev.lineup.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/** Light or dark: every attached scene gets the base style sheet plus the palette of the current theme. */
public final class Theme {
    private static final String BASE = css("lineup.css");
    private static final String LIGHT = css("light.css");
    private static final String DARK = css("dark.css");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final List<Scene> scenes = new ArrayList<>();

    public Theme() {
        dark.addListener((o, a, b) -> scenes.forEach(this::apply));
    }

    public void attach(Scene scene) {
        scenes.add(scene);
        apply(scene);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The style sheets of the current theme, for dialogs that have no scene of their own yet. */
    public List<String> stylesheets() {
        return List.of(BASE, dark.get() ? DARK : LIGHT);
    }

    private void apply(Scene s) {
        s.getStylesheets().setAll(stylesheets());
    }

    /** A scheme-less style sheet name, which JavaFX resolves on the class path; checked here so a typo fails early. */
    private static String css(String name) {
        Objects.requireNonNull(Theme.class.getResource(name), name);
        return "dev/lineup/ui/common/" + name;
    }
}
