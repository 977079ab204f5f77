package dev.lineup.service.workspace;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The data directory's database was written by a newer Lineup: this one must not open (or downgrade) it.
 * {@code newestUsableBackup} is the newest backup this version can read, the way back if the user wants it.
 */
public final class NewerDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path newestUsableBackup;

    NewerDataException(String message, Path newestUsableBackup, Throwable cause) {
        super(message, cause);
        this.newestUsableBackup = newestUsableBackup;
    }

    public Optional<Path> newestUsableBackup() {
        return Optional.ofNullable(newestUsableBackup);
    }
}
