package dev.lineup.m3u;

import java.io.IOException;

/** The input is not a playlist we can read (e.g. an HLS stream playlist or an HTML page); names file and line. */
public class M3uFormatException extends IOException {
    private final String sourceName;
    private final int line;

    public M3uFormatException(String sourceName, int line, String message) {
        super(sourceName + ", line " + line + ": " + message);
        this.sourceName = sourceName;
        this.line = line;
    }

    public M3uFormatException(String sourceName, int line, String message, Throwable cause) {
        this(sourceName, line, message);
        initCause(cause);
    }

    public String sourceName() {
        return sourceName;
    }

    public int line() {
        return line;
    }
}
