package dev.lineup.sync;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The content of {@code lockfile.json}, exactly DESIGN.md's schema. {@code generation} is the fencing
 * token: it grows with every acquisition and is written into the published manifest.
 */
@JsonPropertyOrder({"schema", "lockId", "purpose", "owner", "acquiredAt", "heartbeatAt", "ttlSeconds",
        "generation"})
public record LeaseInfo(int schema, String lockId, String purpose, LeaseOwner owner, Instant acquiredAt,
                        Instant heartbeatAt, long ttlSeconds, long generation) {

    public static final int SCHEMA = 1;

    public LeaseInfo withHeartbeat(Instant at) {
        return new LeaseInfo(schema, lockId, purpose, owner, acquiredAt, at, ttlSeconds, generation);
    }

    /** How long ago the holder last proved it was alive, by the given (server) clock; never negative. */
    public Duration heartbeatAge(Instant serverNow) {
        Duration age = Duration.between(heartbeatAt, serverNow);
        return age.isNegative() ? Duration.ZERO : age;
    }

    public byte[] toJson() {
        try {
            return SyncJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lease cannot be serialised", e);
        }
    }

    /** Parses a lockfile; a file that is not a lease (hand-edited, foreign tool) is reported with its text. */
    public static LeaseInfo fromJson(byte[] json) throws IOException {
        LeaseInfo info;
        try {
            info = SyncJson.MAPPER.readValue(json, LeaseInfo.class);
        } catch (IOException e) {
            throw new IOException("lockfile.json is not a Lineup lease: " + (e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage()), e);
        }
        if (info.lockId() == null || info.owner() == null || info.heartbeatAt() == null) {
            String text = new String(json, StandardCharsets.UTF_8);
            throw new IOException("lockfile.json lacks lockId, owner or heartbeatAt: "
                    + text.substring(0, Math.min(200, text.length())));
        }
        return info;
    }
}
