package dev.lineup.model;

import java.io.IOException;

/** A layout file that cannot be read; names the file and, where known, the line. */
public class LayoutFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;

    public LayoutFormatException(String sourceName, int line, String problem) {
        super(sourceName + (line > 0 ? ":" + line : "") + ": " + problem);
        this.sourceName = sourceName;
        this.line = line;
    }

    public String sourceName() {
        return sourceName;
    }

    /** 1-based line, or 0 when the problem is structural rather than at one place. */
    public int line() {
        return line;
    }
}
