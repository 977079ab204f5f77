package dev.lineup.source;

import dev.lineup.model.SourceKind;
import dev.lineup.store.Settings;
import java.time.Duration;

/**
 * What one download may take before it is stopped, so a hostile or broken server can neither hold the
 * data directory forever nor fill the disk.
 *
 * @param playlistMaxBytes  the most a playlist or Xtream answer may decode to (default 2 GB)
 * @param guideMaxBytes     the most a guide may decode to (default 8 GB)
 * @param deadline          the time a download may take, plus one second per MB received, so a large
 *                          download that keeps moving is never cut while a trickle is
 * @param minBytesPerSecond the slowest average rate tolerated over {@code rateWindow}; 0 turns it off
 * @param rateWindow        how long a download may stay under {@code minBytesPerSecond}
 * @param fromSettings      whether messages should name the settings (else {@code render}'s options)
 */
public record DownloadLimits(long playlistMaxBytes, long guideMaxBytes, Duration deadline, long minBytesPerSecond,
                             Duration rateWindow, boolean fromSettings) {
    /** Which limit ended a download, for the hint on how to change it. */
    enum Limit { SIZE, DEADLINE, RATE }

    private static final long MB = 1024L * 1024;

    /** The defaults of the settings, for downloads made without a database ({@code lineup render}). */
    public static final DownloadLimits DEFAULTS = new DownloadLimits(2048 * MB, 8192 * MB, Duration.ofMinutes(10),
            1024, Duration.ofSeconds(60), false);

    public static DownloadLimits fromSettings(Settings s) {
        // 0 would stop every download at once: the smallest cap is 1 MB, the shortest deadline 1 s.
        return new DownloadLimits(Math.max(1, s.getInt(Settings.MAX_PLAYLIST_MB)) * MB,
                Math.max(1, s.getInt(Settings.MAX_GUIDE_MB)) * MB,
                Duration.ofSeconds(Math.max(1, s.getInt(Settings.DOWNLOAD_DEADLINE))), s.getInt(Settings.MIN_RATE),
                Duration.ofSeconds(Math.max(1, s.getInt(Settings.MIN_RATE_WINDOW))), true);
    }

    /** The cap for a source of this kind: guides are allowed more than playlists and Xtream answers. */
    public long maxBytes(SourceKind kind) {
        return kind == SourceKind.EPG ? guideMaxBytes : playlistMaxBytes;
    }

    /** The same limits with another size cap for both kinds (e.g. {@code render --max-download-mb}). */
    public DownloadLimits withMaxBytes(long bytes) {
        return new DownloadLimits(bytes, bytes, deadline, minBytesPerSecond, rateWindow, fromSettings);
    }

    /** The same limits with another base deadline (e.g. {@code render --download-deadline}). */
    public DownloadLimits withDeadline(Duration d) {
        return new DownloadLimits(playlistMaxBytes, guideMaxBytes, d, minBytesPerSecond, rateWindow, fromSettings);
    }

    /** Where the user changes the limit that stopped a download of this kind. */
    String hint(Limit limit, SourceKind kind) {
        if (!fromSettings) {
            return switch (limit) {
                case SIZE -> "(option --max-download-mb)";
                case DEADLINE -> "(option --download-deadline)";
                case RATE -> "(the server stalled)";
            };
        }
        return "(setting " + switch (limit) {
            case SIZE -> kind == SourceKind.EPG ? Settings.MAX_GUIDE_MB : Settings.MAX_PLAYLIST_MB;
            case DEADLINE -> Settings.DOWNLOAD_DEADLINE;
            case RATE -> Settings.MIN_RATE + " and " + Settings.MIN_RATE_WINDOW;
        } + ")";
    }

    /** When a download that has received {@code bytes} so far must be over, in nanoseconds after its start. */
    long deadlineNanos(long bytes) {
        return deadline.toNanos() + (bytes / MB) * 1_000_000_000L;
    }

    /** "2 GB", "300 MB", "512 KB": caps as a person reads them. */
    static String size(long bytes) {
        if (bytes >= 1024 * MB && bytes % (1024 * MB) == 0) {
            return bytes / (1024 * MB) + " GB";
        }
        if (bytes >= MB) {
            return bytes / MB + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
