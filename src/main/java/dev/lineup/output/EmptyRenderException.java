package dev.lineup.output;

import java.io.IOException;

/** A render found no channel to write; the previous output was left as it was. */
public final class EmptyRenderException extends IOException {
    private static final long serialVersionUID = 1L;

    public EmptyRenderException(String message) {
        super(message);
    }
}
