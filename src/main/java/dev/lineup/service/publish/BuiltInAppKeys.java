package dev.lineup.service.publish;

import dev.lineup.service.common.Env;
import dev.lineup.service.common.StandardProviders;
import dev.lineup.sync.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The app key / client id this build of Lineup signs in with, by provider kind: set by whoever distributes
 * Lineup (Maven properties {@code lineup.dropbox.app-key}, {@code lineup.gdrive.client-id}, filtered into
 * {@code app-keys.properties}), empty in a plain build. An environment variable named after the provider
 * ({@code LINEUP_DROPBOX_APP_KEY}, {@code LINEUP_GDRIVE_CLIENT_ID}) overrides it, so tests and a packager's
 * trial run need no rebuild.
 */
public final class BuiltInAppKeys {
    private static final Properties BUILT = load();

    private BuiltInAppKeys() {
    }

    /** The key for {@code kind}, if the environment or the build carries one. */
    public static Optional<String> of(String kind, Env env) {
        Provider p = StandardProviders.registry().get(kind);
        if (!p.signsIn()) {
            return Optional.empty();
        }
        return env.find(envName(p)).or(() -> usable(BUILT.getProperty(kind)));
    }

    /** e.g. {@code LINEUP_DROPBOX_APP_KEY}: the provider's kind and the name of its client id. */
    public static String envName(Provider p) {
        return ("LINEUP_" + p.kind() + "_" + p.clientIdName().replace(' ', '_')).toUpperCase(Locale.ROOT);
    }

    /** A blank value, or the placeholder of an unfiltered resource (a run from an IDE), is no key. */
    private static Optional<String> usable(String value) {
        return value == null || value.isBlank() || value.contains("${") ? Optional.empty() : Optional.of(value.strip());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuiltInAppKeys.class.getResourceAsStream("app-keys.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in app keys", e);
        }
        return p;
    }
}
