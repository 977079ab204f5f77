package dev.lineup.sync.gdrive;

import com.google.api.client.googleapis.media.MediaHttpUploader;
import dev.lineup.model.HttpOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link DriveTarget} reaches its folder. {@code folderName} is a folder name directly under
 * My Drive (found, or created on first write). Files larger than {@code resumableThreshold} go up in
 * a resumable session of {@code chunkSize} bytes (a multiple of 256 KiB, as Drive requires). {@code http}: the
 * user's timeouts and user agent, as every other client has them.
 */
public record DriveTargetConfig(DriveEndpoints endpoints, String folderName, long resumableThreshold,
                                int chunkSize, HttpOptions http, Duration settle) {
    public static final long DEFAULT_RESUMABLE_THRESHOLD = 5L * 1024 * 1024;
    /**
     * How long a lock or folder race waits before trusting a listing: longer than Drive's listing lag.
     * Google documents no bound; a few seconds is what is commonly observed, so 4 s, changeable with
     * {@value #SETTLE_ENV} (milliseconds) or the system property {@value #SETTLE_PROPERTY}.
     */
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(4);
    public static final String SETTLE_ENV = "LINEUP_GDRIVE_SETTLE_MS";
    public static final String SETTLE_PROPERTY = "lineup.gdrive.settle-ms";
    public static final int DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;

    public DriveTargetConfig {
        Objects.requireNonNull(endpoints, "endpoints");
        if (folderName == null || folderName.isBlank() || folderName.contains("/")) {
            throw new IllegalArgumentException("Drive folder must be a plain folder name (no '/'), got: "
                    + folderName);
        }
        if (chunkSize <= 0 || chunkSize % MediaHttpUploader.MINIMUM_CHUNK_SIZE != 0) {
            throw new IllegalArgumentException("chunk size must be a positive multiple of 256 KiB, got " + chunkSize);
        }
        http = http == null ? HttpOptions.DEFAULTS : http;
        settle = settle == null ? DEFAULT_SETTLE : settle;
        if (settle.isNegative()) {
            throw new IllegalArgumentException("settle time must be >= 0");
        }
        if (resumableThreshold < 0) {
            throw new IllegalArgumentException("resumable threshold must be >= 0");
        }
    }

    public static DriveTargetConfig of(DriveEndpoints endpoints, String folderName) {
        return new DriveTargetConfig(endpoints, folderName, DEFAULT_RESUMABLE_THRESHOLD, DEFAULT_CHUNK_SIZE,
                HttpOptions.DEFAULTS, settleFrom(System.getenv(SETTLE_ENV)));
    }

    /** The settle time a text of milliseconds gives (the system property, then the default, when absent). */
    public static Duration settleFrom(String millis) {
        String v = millis != null && !millis.isBlank() ? millis : System.getProperty(SETTLE_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_SETTLE;
        }
        try {
            return Duration.ofMillis(Math.max(0, Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SETTLE_ENV + " must be a number of milliseconds, not \"" + v + "\"");
        }
    }

    public DriveTargetConfig withUploads(long threshold, int chunk) {
        return new DriveTargetConfig(endpoints, folderName, threshold, chunk, http, settle);
    }

    public DriveTargetConfig withSettle(Duration d) {
        return new DriveTargetConfig(endpoints, folderName, resumableThreshold, chunkSize, http, d);
    }

    /** The same folder reached with the user's HTTP settings (timeouts, user agent). */
    public DriveTargetConfig withHttp(HttpOptions options) {
        return new DriveTargetConfig(endpoints, folderName, resumableThreshold, chunkSize, options, settle);
    }
}
