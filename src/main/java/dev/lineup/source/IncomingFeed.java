package dev.lineup.source;

import dev.lineup.store.IncomingChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The channels of one refresh, in provider order, readable more than once: identity matching reads
 * them for their keys, the store reads them again to write the changed ones. A playlist is parsed
 * again from the downloaded file instead of being held, so a 500k-entry source never sits in memory
 * whole; an Xtream answer (already a list) is walked twice.
 */
@FunctionalInterface
interface IncomingFeed {

    /** Hands every channel to {@code sink}, in the same order each time. */
    void forEach(Consumer<IncomingChannel> sink) throws IOException;

    /** For callers that cannot throw: I/O failures arrive as {@link UncheckedIOException}. */
    default void forEachUnchecked(Consumer<IncomingChannel> sink) {
        try {
            forEach(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IncomingFeed of(List<IncomingChannel> channels) {
        return channels::forEach;
    }
}
