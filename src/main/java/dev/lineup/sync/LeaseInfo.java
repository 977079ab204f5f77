package dev.lineup.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code lockfile.json}, exactly DESIGN.md's schema. {@code generation} is the fencing
 * token: it grows with every acquisition and is written into the published manifest. {@code writing} is the
 * publish's intent, declared before its first upload: each file it may replace, with the content hash(es)
 * it may leave there. A publish that takes over an unfinished or stale lease reads it to tell the files an
 * interrupted Lineup publish wrote from files someone edited by hand (only the latter are RemoteChanged).
 */
@JsonPropertyOrder({"schema", "lockId", "purpose", "owner", "acquiredAt", "heartbeatAt", "ttlSeconds",
        "generation", "state", "writing"})
public record LeaseInfo(int schema, String lockId, String purpose, LeaseOwner owner, Instant acquiredAt,
                        Instant heartbeatAt, long ttlSeconds, long generation, String state,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> writing) {

    public static final int SCHEMA = 1;
    /** A publish is running and heartbeating. */
    public static final String LIVE = "live";
    /** The publish stopped after replacing files; the lease stays so readers see an unfinished folder. */
    public static final String UNFINISHED = "unfinished";

    public LeaseInfo {
        state = state == null || state.isBlank() ? LIVE : state;
        writing = writing == null ? Map.of() : Map.copyOf(writing);
    }

    /** A live lease (what an acquisition writes). */
    public LeaseInfo(int schema, String lockId, String purpose, LeaseOwner owner, Instant acquiredAt,
                     Instant heartbeatAt, long ttlSeconds, long generation) {
        this(schema, lockId, purpose, owner, acquiredAt, heartbeatAt, ttlSeconds, generation, LIVE, Map.of());
    }

    public LeaseInfo withHeartbeat(Instant at) {
        return new LeaseInfo(schema, lockId, purpose, owner, acquiredAt, at, ttlSeconds, generation, state, writing);
    }

    /** The same lease marked unfinished at {@code at} (its last sign of life). */
    public LeaseInfo markedUnfinished(Instant at) {
        return new LeaseInfo(schema, lockId, purpose, owner, acquiredAt, at, ttlSeconds, generation, UNFINISHED,
                writing);
    }

    public LeaseInfo withGeneration(long next, Instant at) {
        return new LeaseInfo(schema, lockId, purpose, owner, acquiredAt, at, ttlSeconds, next, state, writing);
    }

    /** This lease with {@code more} added to its declared writes (a name keeps every hash it may hold). */
    public LeaseInfo withWrites(Map<String, List<String>> more) {
        Map<String, List<String>> all = new LinkedHashMap<>(writing);
        more.forEach((name, hashes) -> all.merge(name, List.copyOf(hashes), (a, b) -> {
            List<String> both = new ArrayList<>(a);
            b.stream().filter(h -> !both.contains(h)).forEach(both::add);
            return List.copyOf(both);
        }));
        return new LeaseInfo(schema, lockId, purpose, owner, acquiredAt, heartbeatAt, ttlSeconds, generation, state,
                all);
    }

    /** Whether {@code contentHash} is what this lease's publish declared it may leave in {@code name}. */
    public boolean declaredWrite(String name, String contentHash) {
        return contentHash != null && writing.getOrDefault(name, List.of()).contains(contentHash);
    }

    public boolean unfinished() {
        return UNFINISHED.equals(state);
    }

    /** When the lease becomes free by the ttl rule: its last heartbeat plus the ttl. */
    public Instant freeAt() {
        return heartbeatAt.plusSeconds(ttlSeconds);
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
