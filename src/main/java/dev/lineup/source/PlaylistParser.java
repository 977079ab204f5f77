package dev.lineup.source;

import dev.lineup.model.SourceAttribute;
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

    /**
     * What the playlist said besides its entries: its guide URLs and its header's catch-up and time shift
     * defaults ({@code catchup}, {@code catchup-days}, {@code catchup-source}, {@code tvg-shift}, …) for channels
     * that do not set their own; {@code skipped}: each entry left out, "line N: why".
     */
    record Summary(List<String> guideUrls, List<String> skipped, List<SourceAttribute> headerDefaults) {
        /** The header attributes kept as defaults, lower-case. */
        public static final List<String> DEFAULT_KEYS = List.of("catchup", "catchup-type", "catchup-days",
                "catchup-source", "catchup-correction", "tvg-shift", "timeshift", "tvg-rec");

        public Summary {
            guideUrls = List.copyOf(guideUrls);
            skipped = List.copyOf(skipped);
            headerDefaults = headerDefaults == null ? List.of() : List.copyOf(headerDefaults);
        }

        public Summary(List<String> guideUrls, List<String> skipped) {
            this(guideUrls, skipped, List.of());
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
