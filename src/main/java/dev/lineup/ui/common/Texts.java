package dev.lineup.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one catalogue of UI text ({@code dev/lineup/ui/texts.properties}): FXML reads it as {@code %key}
 * ({@link Fxml} gives every loader the bundle), code as {@code Texts.get("key", args…)}. Screens move their
 * text here as they are reworked, so wording is reviewed, and later translated, in one place.
 */
public final class Texts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.lineup.ui.texts", Locale.ROOT);

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The text of {@code key}, with {@code {0}}… filled from {@code args} (MessageFormat rules: '' for a quote). */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no UI text \"" + key + "\" in texts.properties", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
