package dev.lineup.sync;

import dev.lineup.output.Manifest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lineup.model.Role;
import dev.lineup.files.IoThreadGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For a {@link Role#SECONDARY_MIRROR}: copies what the primary published into a local folder. It only
 * ever reads the remote folder (never the lease), downloads only when the published generation changed,
 * checks every file against the manifest's sha256, and moves files into place only when all of them
 * arrived intact, manifest last — so the local copy is always one whole generation.
 */
public final class MirrorDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(MirrorDownloader.class);
    private static final String TEMP_PREFIX = ".lineup-mirror-";
    private static final int ATTEMPTS = 3;

    /** What a mirror run did; {@code changed} is false when the local copy was already current. */
    public record Result(boolean changed, long generation, List<String> files, long bytesDownloaded) {
    }

    private final PublishTarget primary;
    private final Path local;
    private final RetryPacer pacer;

    public MirrorDownloader(PublishTarget primary, Path localFolder, RetryPacer pacer) {
        this.primary = primary;
        this.local = localFolder;
        this.pacer = pacer;
    }

    /** Brings the local folder up to the primary's published generation. */
    public Result sync() throws SyncException, IOException {
        IoThreadGuard.check("mirror download");
        for (int attempt = 1; ; attempt++) {
            try {
                return syncOnce();
            } catch (MidPublishException e) {
                if (attempt >= ATTEMPTS) {
                    throw new SyncException(ProblemKind.UNREACHABLE, "the primary kept publishing while we "
                            + "downloaded (" + e.getMessage() + "); try again shortly", Map.of(), null, e);
                }
                LOG.info("published output changed during download ({}); retrying", e.getMessage());
                try {
                    pacer.sleeper().sleep(Duration.ofSeconds(attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SyncException(ProblemKind.UNREACHABLE, "mirror interrupted");
                }
            }
        }
    }

    private Result syncOnce() throws SyncException, IOException, MidPublishException {
        if (pacer.call("stat manifest", () -> primary.stat(Manifest.FILE_NAME)).isEmpty()) {
            return new Result(false, 0, List.of(), 0);
        }
        byte[] manifestBytes = new LeaseFiles(primary, pacer).readAll(Manifest.FILE_NAME);
        JsonNode remote = SyncJson.MAPPER.readTree(manifestBytes);
        long generation = remote.path("generation").asLong(0);
        JsonNode current = readLocalManifest();
        if (current != null && current.path("generation").asLong(-1) == generation
                && Set.copyOf(fileNames(current)).equals(Set.copyOf(fileNames(remote)))) {
            return new Result(false, generation, fileNames(remote), 0);
        }
        Files.createDirectories(local);
        List<Path> temps = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long bytes = 0;
        try {
            for (JsonNode f : publishedFiles(remote)) {
                String name = f.path("name").asText("");
                if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    throw new SyncException(ProblemKind.BAD_REQUEST, "published manifest lists a bad name: " + name);
                }
                Path temp = local.resolve(TEMP_PREFIX + UUID.randomUUID());
                temps.add(temp);
                String sha = download(name, temp);
                long size = Files.size(temp);
                if (!sha.equalsIgnoreCase(f.path("sha256").asText()) || size != f.path("size").asLong(-1)) {
                    throw new MidPublishException(name + " does not match generation " + generation);
                }
                names.add(name);
                bytes += size;
            }
            for (int i = 0; i < names.size(); i++) {
                Files.move(temps.get(i), local.resolve(names.get(i)), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path mtemp = local.resolve(TEMP_PREFIX + UUID.randomUUID());
            temps.add(mtemp);
            Files.write(mtemp, manifestBytes);
            Files.move(mtemp, local.resolve(Manifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
        if (current != null) {
            Set<String> keep = new HashSet<>(names);
            for (String old : fileNames(current)) {
                if (!keep.contains(old) && !old.contains("/") && !old.startsWith(".")) {
                    Files.deleteIfExists(local.resolve(old));
                }
            }
        }
        LOG.info("mirrored generation {} ({} files, {} bytes) into {}", generation, names.size(), bytes, local);
        return new Result(true, generation, names, bytes);
    }

    private String download(String name, Path temp) throws SyncException, IOException {
        return pacer.call("download " + name, () -> {
            MessageDigest md;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (InputStream in = primary.open(name);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), md)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new SyncException(ProblemKind.UNREACHABLE, "download of " + name + " broke off: "
                        + e.getMessage(), Map.of("file", name), null, e);
            }
            return HexFormat.of().formatHex(md.digest());
        });
    }

    private JsonNode readLocalManifest() {
        Path p = local.resolve(Manifest.FILE_NAME);
        try {
            return Files.exists(p) ? SyncJson.MAPPER.readTree(Files.readAllBytes(p)) : null;
        } catch (IOException e) {
            return null; // a damaged local copy is simply replaced
        }
    }

    private static List<String> fileNames(JsonNode manifest) {
        List<String> names = new ArrayList<>();
        publishedFiles(manifest).forEach(f -> names.add(f.path("name").asText("")));
        return names;
    }

    /**
     * The files a manifest lists: every layout's of a schema 2 folder index (except files whose remote
     * edit was kept, which no longer match their recorded sha256), or the one list of schema 1.
     */
    private static List<JsonNode> publishedFiles(JsonNode manifest) {
        List<JsonNode> out = new ArrayList<>();
        if (manifest.path("layouts").isObject()) {
            manifest.get("layouts").forEach(l -> l.path("files").forEach(f -> {
                if (!f.path("keptTheirs").asBoolean()) {
                    out.add(f);
                }
            }));
        } else {
            manifest.path("files").forEach(out::add);
        }
        return out;
    }

    /** The published files no longer match the manifest we read: the primary is mid-publish. */
    private static final class MidPublishException extends Exception {
        private static final long serialVersionUID = 1L;

        MidPublishException(String message) {
            super(message);
        }
    }
}
