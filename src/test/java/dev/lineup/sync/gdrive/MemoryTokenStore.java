package dev.lineup.sync.gdrive;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.TokenStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A real, in-memory {@link TokenStore} for tests that can also read back the stored refresh token. */
final class MemoryTokenStore implements TokenStore {
    final Map<String, OAuthTokens> values = new ConcurrentHashMap<>();

    /** The refresh token kept under {@code key}, as DriveAuth stores it. */
    Optional<String> refreshToken(String key) {
        return Optional.ofNullable(values.get(key)).map(OAuthTokens::refreshToken);
    }

    @Override
    public Optional<OAuthTokens> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, OAuthTokens value) {
        values.put(key, value);
    }

    @Override
    public void delete(String key) {
        values.remove(key);
    }
}
