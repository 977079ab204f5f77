package dev.lineup.sync;

import java.io.IOException;
import java.nio.file.Path;

/** The staged output folder is not what the renderer writes: names the file and what was expected. */
public class StagedFolderException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public StagedFolderException(Path file, String expected) {
        super(file + ": " + expected);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
