package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fake's Dropbox: case-insensitive paths, files with id/rev/content_hash/server_modified, folders
 * created implicitly, a quota and a write log. Every method is synchronized: several client threads and
 * processes hit one fake, and the write log must be a true serial order.
 */
final class FakeFileSystem {
    private static final Set<String> DISALLOWED = Set.of("desktop.ini", "thumbs.db", ".ds_store", ".dropbox",
            ".dropbox.attr");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One file or folder. Files are replaced, never mutated, so readers may use them outside the lock. */
    record Node(String path, String id, boolean folder, byte[] data, String rev, String contentHash,
                Instant serverModified, String modifiedBy) {
        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    record Mode(String tag, String rev) {
        static Mode of(JsonNode mode) {
            String tag = mode == null ? "add" : FakeJson.tag(mode);
            return new Mode(tag, mode != null && mode.has("update") ? mode.get("update").asText() : null);
        }
    }

    private final Map<String, Node> nodes = new TreeMap<>();
    private final List<WriteRecord> writeLog = new ArrayList<>();
    private final Set<String> sharedFolders = new java.util.HashSet<>();
    private final long revBase = 0x5f0000000L + RANDOM.nextInt(0xffff) * 0x10000L;
    private final Clock clock;
    private long revCounter;
    private long quotaBytes = 2L << 40;

    FakeFileSystem(Clock clock) {
        this.clock = clock;
    }

    static String lower(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    synchronized Node get(String path) {
        return nodes.get(lower(checkPath(path)));
    }

    synchronized List<Node> children(String folder) {
        String lf = folder.isEmpty() ? "" : lower(checkPath(folder));
        if (!lf.isEmpty()) {
            Node dir = nodes.get(lf);
            if (dir == null) {
                throw FakeApiError.conflict("path", "not_found");
            }
            if (!dir.folder()) {
                throw FakeApiError.conflict("path", "not_folder");
            }
        }
        List<Node> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(lf + "/") && k.indexOf('/', lf.length() + 1) < 0) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** Files/upload and upload_session/finish: Dropbox's add/overwrite/update(rev) semantics. */
    synchronized Node write(String path, byte[] data, Mode mode, boolean strictConflict, String accountId,
                            String client, String errorTag) {
        checkPath(path);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (DISALLOWED.contains(lower(name))) {
            throw FakeApiError.conflict(errorTag, "disallowed_name");
        }
        String lp = lower(path);
        for (int i = lp.indexOf('/', 1); i > 0; i = lp.indexOf('/', i + 1)) {
            Node ancestor = nodes.get(lp.substring(0, i));
            if (ancestor != null && !ancestor.folder()) {
                throw FakeApiError.conflict(errorTag, "conflict", "file_ancestor");
            }
        }
        Node old = nodes.get(lp);
        if (old != null && old.folder()) {
            throw FakeApiError.conflict(errorTag, "conflict", "folder");
        }
        String hash = contentHash(data);
        switch (mode.tag()) {
            case "add":
                if (old != null && (strictConflict || !old.contentHash().equals(hash))) {
                    throw FakeApiError.conflict(errorTag, "conflict", "file");
                }
                if (old != null) {
                    return old;
                }
                break;
            case "update":
                if (old == null || !old.rev().equals(mode.rev())) {
                    // Without strict_conflict Dropbox lets a stale rev through when the bytes are equal.
                    if (!strictConflict && old != null && old.contentHash().equals(hash)) {
                        return old;
                    }
                    throw FakeApiError.conflict(errorTag, "conflict", "file");
                }
                break;
            case "overwrite":
                break;
            default:
                throw new FakeApiError(400, "bad mode " + mode.tag(), null);
        }
        long used = usedBytes() - (old == null ? 0 : old.data().length) + data.length;
        if (used > quotaBytes) {
            throw FakeApiError.conflict(errorTag, "insufficient_space");
        }
        makeParents(lp, path);
        Node node = new Node(old == null ? path : old.path(), old == null ? newId() : old.id(), false, data.clone(),
                newRev(), hash, now(), accountId);
        nodes.put(lp, node);
        log("write", node, accountId, client, data);
        return node;
    }

    synchronized Node delete(String path, String parentRev, String accountId, String client) {
        String lp = lower(checkPath(path));
        Node old = nodes.get(lp);
        if (old == null) {
            throw FakeApiError.conflict("path_lookup", "not_found");
        }
        if (parentRev != null && (old.folder() || !old.rev().equals(parentRev))) {
            throw FakeApiError.conflict("path_write", "conflict", "file");
        }
        nodes.keySet().removeIf(k -> k.equals(lp) || k.startsWith(lp + "/"));
        log("delete", old, accountId, client, old.data());
        return old;
    }

    private void log(String op, Node node, String accountId, String client, byte[] data) {
        String lockId = null;
        String owner = null;
        String state = null;
        if (data != null && node.name().equalsIgnoreCase("lockfile.json")) {
            try {
                JsonNode lease = FakeJson.MAPPER.readTree(new String(data, StandardCharsets.UTF_8));
                lockId = FakeJson.text(lease, "lockId");
                owner = FakeJson.text(lease.path("owner"), "instanceId");
                state = FakeJson.text(lease, "state");
            } catch (java.io.IOException | RuntimeException e) {
                lockId = "unparseable";
            }
        }
        writeLog.add(new WriteRecord(writeLog.size() + 1L, now(), op, node.path(), node.rev(), accountId, client,
                data == null ? 0 : data.length, node.contentHash(), lockId, owner,
                state));
    }

    private void makeParents(String lp, String display) {
        for (int i = lp.indexOf('/', 1); i > 0; i = lp.indexOf('/', i + 1)) {
            String key = lp.substring(0, i);
            nodes.computeIfAbsent(key, k -> new Node(display.substring(0, k.length()), newId(), true, null, null,
                    null, null, null));
        }
    }

    synchronized List<WriteRecord> writeLog() {
        return List.copyOf(writeLog);
    }

    synchronized long usedBytes() {
        return nodes.values().stream().filter(n -> !n.folder()).mapToLong(n -> n.data().length).sum();
    }

    synchronized long quota() {
        return quotaBytes;
    }

    synchronized void setQuota(long bytes) {
        quotaBytes = bytes;
    }

    synchronized void share(String folder) {
        sharedFolders.add(lower(folder));
    }

    /** The shared folder id a path lies in, or null (Dropbox sends sharing_info only inside shared folders). */
    synchronized String sharedFolderOf(String path) {
        String lp = lower(path);
        for (String f : sharedFolders) {
            if (lp.startsWith(f + "/")) {
                return "84528192421" + Math.abs(f.hashCode() % 1000);
            }
        }
        return null;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String newRev() {
        return String.format("0%014x", revBase + ++revCounter);
    }

    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return "id:" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String checkPath(String path) {
        if (path == null || !path.startsWith("/") || path.endsWith("/") || path.contains("//")) {
            throw FakeApiError.conflict("path", "malformed_path");
        }
        return path;
    }

    /** Dropbox content_hash: SHA-256 over the concatenated SHA-256 digests of each 4 MiB block. */
    static String contentHash(byte[] data) {
        try {
            MessageDigest overall = MessageDigest.getInstance("SHA-256");
            for (int off = 0; off < data.length; off += 4 << 20) {
                MessageDigest block = MessageDigest.getInstance("SHA-256");
                block.update(data, off, Math.min(4 << 20, data.length - off));
                overall.update(block.digest());
            }
            return HexFormat.of().formatHex(overall.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
