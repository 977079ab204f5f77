package dev.lineup.files;

import java.nio.file.FileSystemException;

/** A symbolic link where Lineup opens a lock file: refused, since following it would write elsewhere. */
public final class LinkRefusedException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    public LinkRefusedException(String file) {
        super(file, null, "is a symbolic link; Lineup does not follow links for its lock files (remove it)");
    }
}
