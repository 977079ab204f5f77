package dev.lineup.sync.local;

import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Map;

/** Maps disk errors onto the problem table: no permission → Forbidden, disk full → QuotaFull, … */
final class LocalErrors {
    private LocalErrors() {
    }

    static SyncException classify(IOException e, String what, String folder) {
        String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason() : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        Map<String, String> facts = Map.of("folder", folder, "error", reason);
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("read-only file system") || lower.contains("operation not permitted")) {
            return new SyncException(ProblemKind.FORBIDDEN,
                    what + ": no permission to write in " + folder + " (" + reason + ")", facts, null, e);
        }
        if (lower.contains("no space left") || lower.contains("disk quota exceeded")
                || lower.contains("not enough space") || lower.contains("disk is full")) {
            return new SyncException(ProblemKind.QUOTA_FULL,
                    what + ": the disk holding " + folder + " is full (" + reason + ")", facts, null, e);
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")
                || lower.contains("file name too long") || lower.contains("invalid argument")) {
            return new SyncException(ProblemKind.BAD_REQUEST,
                    what + ": " + folder + " cannot hold that file (" + reason + ")", facts, null, e);
        }
        // Anything else (a network share that went away, an I/O error) may pass: retry, then show.
        return new SyncException(ProblemKind.UNREACHABLE, what + ": " + folder + " is not reachable (" + reason
                + ")", facts, null, e);
    }

    static SyncException readOnly(ReadOnlyFileSystemException e, String what, String folder) {
        return new SyncException(ProblemKind.FORBIDDEN, what + ": " + folder + " is on a read-only file system",
                Map.of("folder", folder), null, e);
    }
}
