package dev.lineup.sync;

import dev.lineup.model.HttpOptions;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything a {@link Provider} needs to open or sign in one stored target: its name and folder, the app
 * key / client id it signs in with and an API base URL (both may be null), where its tokens are kept, the
 * environment (a fake's base URL in tests and demos wins over {@code baseUrl}), a browser for consent
 * pages (may be null: no interactive sign-in) and the user's HTTP settings.
 */
public record TargetPlace(String name, String folder, String clientId, String baseUrl, TokenStore tokens,
                          Function<String, Optional<String>> env, Consumer<URI> browser, HttpOptions http) {
    public TargetPlace {
        http = http == null ? HttpOptions.DEFAULTS : http;
    }

    /** The base URL from environment variable {@code var}, else the stored one; empty for the real service. */
    public Optional<String> baseUrl(String var) {
        return env.apply(var).or(() -> Optional.ofNullable(baseUrl));
    }
}
