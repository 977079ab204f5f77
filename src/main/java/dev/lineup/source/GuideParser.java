package dev.lineup.source;

import dev.lineup.model.GuideSourceChannel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the {@code <channel>} elements of an XMLTV file (plain or gzip). The implementation wraps
 * {@code dev.lineup.xmltv.XmltvChannels} ({@code XmltvGuideParser}) and is found through {@link ServiceLoader}.
 */
public interface GuideParser {

    List<GuideSourceChannel> channels(Path file, long sourceId) throws IOException;

    static GuideParser load() {
        return new XmltvGuideParser();
    }
}
