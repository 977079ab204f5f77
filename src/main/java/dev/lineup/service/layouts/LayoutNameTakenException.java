package dev.lineup.service.layouts;

import java.io.IOException;

/** A layout name another layout already uses. */
public class LayoutNameTakenException extends IOException {
    public LayoutNameTakenException(String name) {
        super("a layout named \"" + name + "\" already exists");
    }
}
