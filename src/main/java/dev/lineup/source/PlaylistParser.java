package dev.lineup.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a playlist file entry by entry. The implementation wraps {@code dev.lineup.m3u.M3uReader}
 * ({@code M3uPlaylistParser}) and is found through {@link ServiceLoader}, which keeps refresh, identity
 * and storage independent of the parser's types.
 */
public interface PlaylistParser {

    /** What the playlist said besides its entries; {@code skipped}: each entry left out, "line N: why". */
    record Summary(List<String> guideUrls, List<String> skipped) {
        public Summary {
            guideUrls = List.copyOf(guideUrls);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Streams every entry of {@code file} (plain or gzip) to {@code sink}, in file order. Bad input
     * throws an {@link IOException} naming {@code sourceName} and the line.
     */
    Summary parse(Path file, String sourceName, Consumer<ParsedChannel> sink) throws IOException;

    /** The installed parser. */
    static PlaylistParser load() {
        return new M3uPlaylistParser();
    }
}
