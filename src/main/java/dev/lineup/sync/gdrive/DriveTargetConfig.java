package dev.lineup.sync.gdrive;

import com.google.api.client.googleapis.media.MediaHttpUploader;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link DriveTarget} reaches its folder. {@code folderName} is a folder name directly under
 * My Drive (found, or created on first write). Files larger than {@code resumableThreshold} go up in
 * a resumable session of {@code chunkSize} bytes (a multiple of 256 KiB, as Drive requires).
 */
public record DriveTargetConfig(DriveEndpoints endpoints, String folderName, long resumableThreshold,
                                int chunkSize, Duration connectTimeout, Duration readTimeout) {
    public static final long DEFAULT_RESUMABLE_THRESHOLD = 5L * 1024 * 1024;
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
        if (resumableThreshold < 0) {
            throw new IllegalArgumentException("resumable threshold must be >= 0");
        }
    }

    public static DriveTargetConfig of(DriveEndpoints endpoints, String folderName) {
        return new DriveTargetConfig(endpoints, folderName, DEFAULT_RESUMABLE_THRESHOLD, DEFAULT_CHUNK_SIZE,
                Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    public DriveTargetConfig withUploads(long threshold, int chunk) {
        return new DriveTargetConfig(endpoints, folderName, threshold, chunk, connectTimeout, readTimeout);
    }
}
