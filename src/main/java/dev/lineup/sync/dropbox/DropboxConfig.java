package dev.lineup.sync.dropbox;

import dev.lineup.model.HttpOptions;
import java.net.URI;

/**
 * How to reach one Dropbox folder.
 *
 * @param targetName       the target's name; tokens are looked up under it in the {@code TokenStore}
 * @param folder           the folder, {@code /IPTV}; {@code ""} or {@code /} is the Dropbox root
 * @param appKey           the app key tokens are refreshed with (null: no refresh, e.g. a pasted token)
 * @param apiBaseUrl       where both Dropbox API hosts and the OAuth pages are, for fakes and demos
 *                         ({@code LINEUP_DROPBOX_API_URL}); null for the real Dropbox
 * @param clientIdentifier sent as the User-Agent, e.g. {@code Lineup/0.1 (Living-room PC)}
 * @param chunkSize        upload session chunk, a positive multiple of 4 MiB
 * @param http             the user's HTTP settings (timeouts; the user agent of calls that name none)
 * @param connections      upload-session chunks in flight at once: above 1 a concurrent session
 *                         ({@link ConcurrentUploader}), 1 a sequential one ({@link DropboxUploader})
 */
public record DropboxConfig(String targetName, String folder, String appKey, URI apiBaseUrl,
                            String clientIdentifier, int chunkSize, HttpOptions http, int connections) {
    public static final String ENV_API_URL = "LINEUP_DROPBOX_API_URL";
    public static final int BLOCK = 4 * 1024 * 1024;
    /** Files above this size go through upload sessions (Dropbox allows 150 MB in one call; we stay small). */
    public static final long SESSION_THRESHOLD = 8L * 1024 * 1024;
    /** 16 MiB: fewer requests than 8 MiB measurably speed a big guide up (docs/benchmarks-publish.md). */
    public static final int DEFAULT_CHUNK = 4 * BLOCK;
    /**
     * Three chunks in flight: while the server takes in one, the next is already on the wire, which hides
     * the per-request turnaround a sequential session pays for every chunk (docs/benchmarks-publish.md).
     * Chunks stream from disk, so more connections cost no memory.
     */
    public static final int DEFAULT_CONNECTIONS = 3;
    /** Dropbox accepts at most 150 MB per request. */
    private static final int MAX_CHUNK = 32 * BLOCK;

    public DropboxConfig {
        if (targetName == null || targetName.isBlank()) {
            throw new IllegalArgumentException("target name is empty");
        }
        folder = normalizeFolder(folder);
        if (chunkSize <= 0 || chunkSize % BLOCK != 0 || chunkSize > MAX_CHUNK) {
            throw new IllegalArgumentException("chunk size must be a positive multiple of 4 MiB up to 128 MiB, was "
                    + chunkSize);
        }
        if (connections < 1 || connections > 8) {
            throw new IllegalArgumentException("upload connections must be 1 to 8, was " + connections);
        }
        if (apiBaseUrl != null && (apiBaseUrl.getHost() == null || apiBaseUrl.getScheme() == null)) {
            throw new IllegalArgumentException("Dropbox API URL needs a scheme and host: " + apiBaseUrl);
        }
        clientIdentifier = clientIdentifier == null || clientIdentifier.isBlank() ? "Lineup" : clientIdentifier;
        http = http == null ? HttpOptions.DEFAULTS : http;
    }

    /**
     * Defaults: no app key, the real Dropbox unless {@code LINEUP_DROPBOX_API_URL} is set,
     * {@link #DEFAULT_CHUNK} chunks, {@link #DEFAULT_CONNECTIONS} at once.
     */
    public static DropboxConfig of(String targetName, String folder) {
        return new DropboxConfig(targetName, folder, null, apiBaseUrlFromEnv(), "Lineup", DEFAULT_CHUNK, null,
                DEFAULT_CONNECTIONS);
    }

    public static URI apiBaseUrlFromEnv() {
        String env = System.getenv(ENV_API_URL);
        return env == null || env.isBlank() ? null : URI.create(env.trim());
    }

    public DropboxConfig withAppKey(String key) {
        return new DropboxConfig(targetName, folder, key, apiBaseUrl, clientIdentifier, chunkSize, http, connections);
    }

    public DropboxConfig withApiBaseUrl(URI url) {
        return new DropboxConfig(targetName, folder, appKey, url, clientIdentifier, chunkSize, http, connections);
    }

    public DropboxConfig withClientIdentifier(String id) {
        return new DropboxConfig(targetName, folder, appKey, apiBaseUrl, id, chunkSize, http, connections);
    }

    /** The user's timeouts (from the settings) for every call of this target. */
    public DropboxConfig withHttp(HttpOptions options) {
        return new DropboxConfig(targetName, folder, appKey, apiBaseUrl, clientIdentifier, chunkSize, options, connections);
    }

    public DropboxConfig withChunkSize(int bytes) {
        return new DropboxConfig(targetName, folder, appKey, apiBaseUrl, clientIdentifier, bytes, http, connections);
    }

    public DropboxConfig withConnections(int n) {
        return new DropboxConfig(targetName, folder, appKey, apiBaseUrl, clientIdentifier, chunkSize, http, n);
    }

    private static String normalizeFolder(String folder) {
        if (folder == null || folder.isBlank() || folder.equals("/")) {
            return "";
        }
        String f = folder.trim();
        if (!f.startsWith("/")) {
            throw new IllegalArgumentException("Dropbox folder must start with '/': " + folder);
        }
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        if (f.contains("//")) {
            throw new IllegalArgumentException("Dropbox folder has an empty path segment: " + folder);
        }
        return f;
    }
}
