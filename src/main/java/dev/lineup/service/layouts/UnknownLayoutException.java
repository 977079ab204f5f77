package dev.lineup.service.layouts;

import java.io.IOException;

/** A layout name no layout has. */
public class UnknownLayoutException extends IOException {
    public UnknownLayoutException(String name) {
        super("no layout named '" + name + "'");
    }
}
