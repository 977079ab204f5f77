package dev.lineup.service.logos;

import dev.lineup.store.TempFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logos fetched over HTTP(S) once and kept in a folder, one file per URL (named by the URL's SHA-256,
 * so a URL with credentials never appears on disk or in the log). A URL that failed is not asked again
 * during this run: a playlist of 100k channels with a dead logo host must not cost 100k timeouts.
 */
public final class DiskLogoCache implements LogoService {
    private static final Logger LOG = LoggerFactory.getLogger(DiskLogoCache.class);
    private static final int MAX_BYTES = 1 << 20;
    private final Path dir;
    private final Duration timeout;
    /** Made on the first fetch: building one sets up TLS, which would delay the desktop app's first window. */
    private volatile HttpClient http;
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    public DiskLogoCache(Path dir, Duration timeout) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.timeout = timeout;
    }

    private HttpClient http() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                c = http;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
                    http = c;
                }
            }
        }
        return c;
    }

    @Override
    public Optional<byte[]> logo(String url) throws IOException {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return Optional.empty();
        }
        String id = sha256(url);
        Path file = dir.resolve(id + ".img");
        if (Files.exists(file)) {
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
        return bytes;
    }

    private Optional<byte[]> fetch(String url, String id) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "Lineup").GET().build();
            HttpResponse<InputStream> resp = http().send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = resp.body()) {
                String type = resp.headers().firstValue("Content-Type").orElse("image/");
                if (resp.statusCode() != 200 || !type.startsWith("image/")) {
                    LOG.debug("logo {} not an image: HTTP {} {}", id, resp.statusCode(), type);
                    return Optional.empty();
                }
                byte[] b = in.readNBytes(MAX_BYTES + 1);
                return b.length > MAX_BYTES || b.length == 0 ? Optional.empty() : Optional.of(b);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("logo {} unavailable: {}", id, e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
