package dev.lineup.sync;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where targets keep their OAuth tokens, by target name. The application's store persists them apart
 * from the settings and encrypted; implementations must never log them. A target reads the tokens on
 * each call and writes back refreshed ones, so a sign-in elsewhere takes effect at once.
 */
public interface TokenStore {

    Optional<OAuthTokens> get(String targetName);

    void put(String targetName, OAuthTokens tokens);

    void delete(String targetName);

    /** Tokens held in memory only, e.g. the CLI's {@code --access-token-env} on a server. */
    static TokenStore inMemory() {
        Map<String, OAuthTokens> map = new ConcurrentHashMap<>();
        return new TokenStore() {
            @Override
            public Optional<OAuthTokens> get(String targetName) {
                return Optional.ofNullable(map.get(targetName));
            }

            @Override
            public void put(String targetName, OAuthTokens tokens) {
                map.put(targetName, tokens);
            }

            @Override
            public void delete(String targetName) {
                map.remove(targetName);
            }
        };
    }
}
