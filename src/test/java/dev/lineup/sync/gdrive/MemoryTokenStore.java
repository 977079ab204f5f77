package dev.lineup.sync.gdrive;

import dev.lineup.sync.TokenStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A real, in-memory {@link TokenStore} for tests (the app's one lives in the database). */
final class MemoryTokenStore implements TokenStore {
    final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void delete(String key) {
        values.remove(key);
    }
}
