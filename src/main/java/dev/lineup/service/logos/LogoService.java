package dev.lineup.service.logos;

import dev.lineup.files.TempFiles;
import dev.lineup.http.HttpClients;
import dev.lineup.model.HttpOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logos fetched over HTTP(S) once and kept in a folder, one file per URL (named by the URL's SHA-256,
 * so a URL with credentials never appears on disk or in the log). A URL that failed is not asked again
 * during this run: a playlist of 100k channels with a dead logo host must not cost 100k timeouts.
 */
public final class LogoService {
    private static final Logger LOG = LoggerFactory.getLogger(LogoService.class);
    private static final int MAX_BYTES = 1 << 20;
    /** The folder's size bound: beyond it the logos shown longest ago are dropped (fetched again when needed). */
    public static final long MAX_CACHE_BYTES = 64L << 20;
    private final Path dir;
    private final HttpOptions options;
    private final LogoFolderBound bound;
    /** Made on the first fetch: building one sets up TLS, which would delay the desktop app's first window. */
    private volatile OkHttpClient http;
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    /** Logos fetched with the user's HTTP settings, kept in {@code dir} up to {@link #MAX_CACHE_BYTES}. */
    public LogoService(Path dir, HttpOptions options) throws IOException {
        this(dir, options, MAX_CACHE_BYTES);
    }

    LogoService(Path dir, HttpOptions options, long maxCacheBytes) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.options = options;
        this.bound = new LogoFolderBound(this.dir, maxCacheBytes);
    }

    private OkHttpClient http() {
        OkHttpClient c = http;
        if (c == null) {
            synchronized (this) {
                c = http;
                if (c == null) {
                    c = HttpClients.builder(options).build();
                    http = c;
                }
            }
        }
        return c;
    }

    /** The logo's bytes, fetching it if not cached; empty when the URL gives no image. */
    public Optional<byte[]> logo(String url) throws IOException {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return Optional.empty();
        }
        String id = sha256(url);
        Path file = dir.resolve(id + ".img");
        if (Files.exists(file)) {
            bound.used(file);
            return Optional.of(Files.readAllBytes(file));
        }
        if (failed.contains(id)) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = fetch(url, id);
        if (bytes.isEmpty()) {
            failed.add(id);
            return bytes;
        }
        Path tmp = Files.createTempFile(dir, TempFiles.name("logo"), ".tmp");
        try {
            Files.write(tmp, bytes.get());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        bound.added(file, bytes.get().length);
        return bytes;
    }

    private Optional<byte[]> fetch(String url, String id) {
        try (Response resp = http().newCall(new Request.Builder().url(url).get().build()).execute()) {
            String type = resp.header("Content-Type", "image/");
            if (resp.code() != 200 || !type.startsWith("image/")) {
                LOG.debug("logo {} not an image: HTTP {} {}", id, resp.code(), type);
                return Optional.empty();
            }
            try (InputStream in = resp.body().byteStream()) {
                byte[] b = in.readNBytes(MAX_BYTES + 1);
                return b.length > MAX_BYTES || b.length == 0 ? Optional.empty() : Optional.of(b);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("logo {} unavailable: {}", id, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
