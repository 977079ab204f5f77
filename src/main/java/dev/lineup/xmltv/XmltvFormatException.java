package dev.lineup.xmltv;

import java.io.IOException;

/** A guide that is not well-formed XMLTV: names the file, the line and column, and what was expected. */
public class XmltvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final int column;

    public XmltvFormatException(String sourceName, int line, int column, String problem, Throwable cause) {
        super(sourceName + ":" + line + ":" + column + ": " + problem, cause);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
    }

    public XmltvFormatException(String sourceName, int line, int column, String problem) {
        this(sourceName, line, column, problem, null);
    }

    public String sourceName() {
        return sourceName;
    }

    /** 1-based line of the problem, or -1 when the reader could not tell. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
