package dev.lineup.xmltv;

import java.io.IOException;

/** Throws on the caller's thread what a reading or writing thread ({@link ReadAhead}, {@link WriteBehind}) met. */
final class Rethrow {
    private Rethrow() {
    }

    /** Throws {@code t} as it is (an IOException, unchecked exception or error), else wrapped; nothing when null. */
    static void ifAny(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        } else if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error error) {
            throw error;
        } else if (t != null) {
            throw new IOException(t);
        }
    }
}
