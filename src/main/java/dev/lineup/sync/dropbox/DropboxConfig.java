package dev.lineup.sync.dropbox;

import java.net.URI;
import java.time.Duration;

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
 * @param timeout          connect and read timeout of each HTTP call
 */
public record DropboxConfig(String targetName, String folder, String appKey, URI apiBaseUrl,
                            String clientIdentifier, int chunkSize, Duration timeout) {
    public static final String ENV_API_URL = "LINEUP_DROPBOX_API_URL";
    public static final int BLOCK = 4 * 1024 * 1024;
    /** Files above this size go through upload sessions (Dropbox allows 150 MB in one call; we stay small). */
    public static final long SESSION_THRESHOLD = 8L * 1024 * 1024;

    public DropboxConfig {
        if (targetName == null || targetName.isBlank()) {
            throw new IllegalArgumentException("target name is empty");
        }
        folder = normalizeFolder(folder);
        if (chunkSize <= 0 || chunkSize % BLOCK != 0) {
            throw new IllegalArgumentException("chunk size must be a positive multiple of 4 MiB, was " + chunkSize);
        }
        if (apiBaseUrl != null && (apiBaseUrl.getHost() == null || apiBaseUrl.getScheme() == null)) {
            throw new IllegalArgumentException("Dropbox API URL needs a scheme and host: " + apiBaseUrl);
        }
        clientIdentifier = clientIdentifier == null || clientIdentifier.isBlank() ? "Lineup" : clientIdentifier;
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
    }

    /**
     * Defaults: no app key, the real Dropbox unless {@code LINEUP_DROPBOX_API_URL} is set, 16 MiB chunks
     * (fewer requests than 8 MiB measurably speed a big guide up; see docs/benchmarks-publish.md).
     */
    public static DropboxConfig of(String targetName, String folder) {
        return new DropboxConfig(targetName, folder, null, apiBaseUrlFromEnv(), "Lineup", 4 * BLOCK, null);
    }

    public static URI apiBaseUrlFromEnv() {
        String env = System.getenv(ENV_API_URL);
        return env == null || env.isBlank() ? null : URI.create(env.trim());
    }

    public DropboxConfig withAppKey(String key) {
        return new DropboxConfig(targetName, folder, key, apiBaseUrl, clientIdentifier, chunkSize, timeout);
    }

    public DropboxConfig withApiBaseUrl(URI url) {
        return new DropboxConfig(targetName, folder, appKey, url, clientIdentifier, chunkSize, timeout);
    }

    public DropboxConfig withClientIdentifier(String id) {
        return new DropboxConfig(targetName, folder, appKey, apiBaseUrl, id, chunkSize, timeout);
    }

    public DropboxConfig withChunkSize(int bytes) {
        return new DropboxConfig(targetName, folder, appKey, apiBaseUrl, clientIdentifier, bytes, timeout);
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
