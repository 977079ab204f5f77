package dev.lineup.sync;

import dev.lineup.output.Manifest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the small coordination files of a target folder: {@code lockfile.json}, the
 * monotonic {@code lineup-generation.json} and the generation of the published manifest.
 */
final class LeaseFiles {
    static final String LOCK_FILE = "lockfile.json";
    static final String GENERATION_FILE = "lineup-generation.json";

    /** A lockfile as read, with the revision its content belongs to. */
    record Lock(LeaseInfo info, String revision) {
    }

    private final PublishTarget target;
    private final RetryPacer pacer;

    LeaseFiles(PublishTarget target, RetryPacer pacer) {
        this.target = target;
        this.pacer = pacer;
    }

    /** The current lockfile, read so that content and revision match (stat, read, stat again). */
    Optional<Lock> readLock(long defaultTtlSeconds) throws SyncException {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<RemoteFile> before = pacer.call("stat lockfile", () -> target.stat(LOCK_FILE));
            if (before.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes;
            try {
                bytes = readAll(LOCK_FILE);
            } catch (SyncException e) {
                Optional<RemoteFile> now = pacer.call("stat lockfile", () -> target.stat(LOCK_FILE));
                if (now.isEmpty()) {
                    return Optional.empty();
                }
                if (!sameFile(now.get(), before.get())) {
                    // Released and taken again between the stat and the read (on Drive the old file's id
                    // then answers 404, and a lagging listing may still name it): read the new holder's.
                    continue;
                }
                throw e;
            }
            Optional<RemoteFile> after = pacer.call("stat lockfile", () -> target.stat(LOCK_FILE));
            if (after.isPresent() && sameFile(after.get(), before.get())) {
                return Optional.of(new Lock(parse(bytes, after.get(), defaultTtlSeconds), after.get().revision()));
            }
        }
        throw new SyncException(ProblemKind.UNREACHABLE, "lockfile.json keeps changing while being read");
    }

    /** Drive numbers each file's versions from 1, so a new lockfile can carry its predecessor's revision. */
    private static boolean sameFile(RemoteFile a, RemoteFile b) {
        return a.revision().equals(b.revision()) && java.util.Objects.equals(a.id(), b.id());
    }

    /** What the generation file says: the last generation handed out, by whom, when. */
    record Recorded(long generation, String by, Instant at) {
    }

    Optional<Recorded> lastRecorded() throws SyncException {
        if (pacer.call("stat generation", () -> target.stat(GENERATION_FILE)).isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode n = SyncJson.MAPPER.readTree(readAll(GENERATION_FILE));
            Instant at = n.hasNonNull("updatedAt") ? Instant.parse(n.get("updatedAt").asText()) : null;
            return Optional.of(new Recorded(n.path("generation").asLong(0), n.path("by").asText(""), at));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The highest generation ever recorded: the generation file and the published manifest. */
    long knownGeneration() throws SyncException {
        return Math.max(readLong(GENERATION_FILE, "generation"), readLong(Manifest.FILE_NAME, "generation"));
    }

    /** Raises the generation file to {@code generation}; never lowers it (a late writer cannot undo). */
    void recordGeneration(long generation, String by) throws SyncException {
        ObjectNode node = SyncJson.MAPPER.createObjectNode();
        node.put("schema", 1).put("generation", generation).put("updatedAt", Instant.now().toString())
                .put("by", by);
        byte[] json = node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<RemoteFile> current = pacer.call("stat generation", () -> target.stat(GENERATION_FILE));
            if (current.isEmpty()) {
                if (pacer.call("create generation", () -> target.createIfAbsent(GENERATION_FILE, json)).isPresent()) {
                    return;
                }
                continue;
            }
            if (readLong(GENERATION_FILE, "generation") >= generation) {
                return;
            }
            try {
                String rev = current.get().revision();
                pacer.call("write generation", () -> target.putIfRevision(GENERATION_FILE, json, rev));
                return;
            } catch (SyncException e) {
                if (e.kind() != ProblemKind.REMOTE_CHANGED) {
                    throw e;
                }
            }
        }
        throw new SyncException(ProblemKind.UNREACHABLE, GENERATION_FILE + " keeps changing; cannot record "
                + "generation " + generation);
    }

    byte[] readAll(String name) throws SyncException {
        return pacer.call("read " + name, () -> {
            try (InputStream in = target.open(name)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new SyncException(ProblemKind.UNREACHABLE, "reading " + name + " failed: " + e.getMessage(),
                        Map.of("file", name), null, e);
            }
        });
    }

    private long readLong(String name, String field) throws SyncException {
        if (pacer.call("stat " + name, () -> target.stat(name)).isEmpty()) {
            return 0;
        }
        byte[] bytes;
        try {
            bytes = readAll(name);
        } catch (SyncException e) {
            if (e.kind().retryable()) {
                throw e;
            }
            return 0; // deleted between stat and read
        }
        try {
            JsonNode n = SyncJson.MAPPER.readTree(bytes);
            return n == null ? 0 : n.path(field).asLong(0);
        } catch (IOException e) {
            // A damaged file cannot lower the generation; the other source still counts.
            return 0;
        }
    }

    /** A lockfile that is not ours (hand-written, damaged) is treated as held by an unknown owner. */
    private static LeaseInfo parse(byte[] bytes, RemoteFile file, long defaultTtlSeconds) {
        try {
            return LeaseInfo.fromJson(bytes);
        } catch (IOException e) {
            Instant at = file.modified() != null ? file.modified() : Instant.EPOCH;
            LeaseOwner unknown = new LeaseOwner("", "unknown (unreadable lockfile.json)", "", "", -1, "");
            return new LeaseInfo(LeaseInfo.SCHEMA, "unreadable-" + file.revision(), "unknown", unknown, at, at,
                    defaultTtlSeconds, 0);
        }
    }
}
