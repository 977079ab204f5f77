package dev.lineup.sync;

import java.util.List;
import java.util.Optional;

/**
 * What one publish did. {@code manifestWritten} is false when nothing changed: the remote output was
 * already identical, so not a byte was uploaded and the players' caches stay valid.
 */
public record PublishReport(String target, long generation, List<FileResult> files, long bytesUploaded,
                            boolean manifestWritten, Optional<String> takeoverNote, List<String> leftAlone) {

    /** {@code leftAlone}: files in the folder that no layout of the index lists; Lineup never touches them. */
    public PublishReport {
        files = List.copyOf(files);
        leftAlone = leftAlone == null ? List.of() : List.copyOf(leftAlone);
    }

    public PublishReport(String target, long generation, List<FileResult> files, long bytesUploaded,
                         boolean manifestWritten, Optional<String> takeoverNote) {
        this(target, generation, files, bytesUploaded, manifestWritten, takeoverNote, List.of());
    }

    /** "; left alone (no layout lists them): a.txt, b.m3u", or empty. */
    public String leftAloneNote() {
        return leftAlone.isEmpty() ? "" : "; left alone (no layout lists them): " + String.join(", ", leftAlone);
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
