package dev.lineup.sync;

import java.util.List;
import java.util.Optional;

/**
 * What one publish did. {@code manifestWritten} is false when nothing changed: the remote output was
 * already identical, so not a byte was uploaded and the players' caches stay valid.
 */
public record PublishReport(String target, long generation, List<FileResult> files, long bytesUploaded,
                            boolean manifestWritten, Optional<String> takeoverNote) {

    public PublishReport {
        files = List.copyOf(files);
    }

    /** One published file with its direct-download link. */
    public record FileResult(String name, long size, boolean uploaded, String shareLink) {
    }

    public long uploadedCount() {
        return files.stream().filter(FileResult::uploaded).count();
    }

    public long skippedCount() {
        return files.size() - uploadedCount();
    }
}
