package dev.lineup.service.library;

import java.io.IOException;

/** A source name the library does not know. */
public class UnknownSourceException extends IOException {
    public UnknownSourceException(String name) {
        super("no source named '" + name + "'");
    }
}
