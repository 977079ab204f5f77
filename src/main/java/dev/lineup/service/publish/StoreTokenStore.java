package dev.lineup.service.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lineup.store.Secrets;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.TokenStore;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth tokens kept in the store's secrets table as JSON under {@code target.NAME.tokens}, so removing
 * the target removes them too. Never logs a value: an unreadable entry is reported by its key only.
 */
public final class StoreTokenStore implements TokenStore {
    private static final Logger LOG = LoggerFactory.getLogger(StoreTokenStore.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Secrets secrets;

    public StoreTokenStore(Secrets secrets) {
        this.secrets = secrets;
    }

    /** The secret name holding a target's tokens. */
    public static String key(String targetName) {
        return "target." + targetName + ".tokens";
    }

    /** The stored form; a record of its own so the JSON never depends on {@link OAuthTokens}' methods. */
    record Stored(String accessToken, String refreshToken, Instant expiresAt, String clientId, String account) {
    }

    @Override
    public Optional<OAuthTokens> get(String targetName) {
        Optional<String> json = secrets.get(key(targetName));
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            Stored s = MAPPER.readValue(json.get(), Stored.class);
            return Optional.of(new OAuthTokens(s.accessToken(), s.refreshToken(), s.expiresAt(), s.clientId(),
                    s.account()));
        } catch (IOException | IllegalArgumentException e) {
            // The exception text could quote the secret: log the key only.
            LOG.warn("stored tokens under {} are unreadable; sign in again", key(targetName));
            return Optional.empty();
        }
    }

    @Override
    public void put(String targetName, OAuthTokens t) {
        try {
            secrets.put(key(targetName), MAPPER.writeValueAsString(new Stored(t.accessToken(), t.refreshToken(),
                    t.expiresAt(), t.clientId(), t.account())));
        } catch (IOException e) {
            throw new IllegalStateException("tokens of target '" + targetName + "' cannot be serialised");
        }
    }

    @Override
    public void delete(String targetName) {
        secrets.delete(key(targetName));
    }
}
