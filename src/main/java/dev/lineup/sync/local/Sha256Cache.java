package dev.lineup.sync.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 hex of files, remembered by (path, file key, mtime, size) so listing a folder with a 200 MB
 * guide does not re-read it on every stat. Small files are always hashed: they are cheap, and the lock
 * file's revision must never be served from a cache.
 */
final class Sha256Cache {
    private static final long CACHE_FROM_BYTES = 1 << 20;

    private record Key(Path path, Object fileKey, long mtimeNanos, long size) {
    }

    private final Map<Path, Map.Entry<Key, String>> cache = new ConcurrentHashMap<>();

    String of(Path file) throws IOException {
        return of(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    String of(Path file, BasicFileAttributes a) throws IOException {
        Path abs = file.toAbsolutePath();
        if (a.size() < CACHE_FROM_BYTES || a.fileKey() == null) {
            return hash(file);
        }
        Key key = new Key(abs, a.fileKey(), a.lastModifiedTime().toInstant().toEpochMilli() * 1_000_000L
                + a.lastModifiedTime().toInstant().getNano() % 1_000_000, a.size());
        Map.Entry<Key, String> hit = cache.get(abs);
        if (hit != null && Objects.equals(hit.getKey(), key)) {
            return hit.getValue();
        }
        String h = hash(file);
        cache.put(abs, Map.entry(key, h));
        return h;
    }

    static String hash(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
