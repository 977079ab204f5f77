package dev.lineup.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The one catalogue of UI text, kept in parts by screen ({@code dev/lineup/ui/texts/PART.properties}, read as
 * UTF-8) so each stays small: FXML reads it as {@code %key} ({@link Fxml} gives every loader the bundle), code
 * as {@code Texts.get("key", args…)}. Wording is reviewed, and later translated, in one place.
 */
public final class Texts {
    /** Every part; a key may live in one part only (a second would silently replace the first). */
    public static final List<String> PARTS =
            List.of("common", "connect", "editor", "history", "publish", "recovery", "settings", "setup", "sources",
                    "tools", "window");
    private static final ResourceBundle BUNDLE = load();

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The text of {@code key}, with {@code {0}}… filled from {@code args} (MessageFormat rules: '' for a quote). */
    public static String get(String key, Object... args) {
        if (!BUNDLE.containsKey(key)) {
            throw new IllegalArgumentException("no UI text \"" + key + "\" in the catalogue (dev/lineup/ui/texts)");
        }
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    private static ResourceBundle load() {
        Map<String, Object> texts = new HashMap<>();
        for (String part : PARTS) {
            String name = "/dev/lineup/ui/texts/" + part + ".properties";
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the UI text catalogue part " + name + " is missing");
                }
                PropertyResourceBundle read = new PropertyResourceBundle(in);
                for (String key : read.keySet()) {
                    if (texts.put(key, read.getObject(key)) != null) {
                        throw new IllegalStateException("UI text \"" + key + "\" is in two catalogue parts");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }
        };
    }
}
