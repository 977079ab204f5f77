package dev.lineup.source;

import dev.lineup.model.GuideSourceChannel;
import dev.lineup.xmltv.GuideChannel;
import dev.lineup.xmltv.XmltvChannels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link GuideParser} over {@code dev.lineup.xmltv.XmltvChannels} (streams .xml or .gz). Reads the whole
 * guide, not only its channels: a half-downloaded guide must fail the refresh, not replace the last good one.
 */
public final class XmltvGuideParser implements GuideParser {

    @Override
    public List<GuideSourceChannel> channels(Path file, long sourceId) throws IOException {
        List<GuideSourceChannel> out = new ArrayList<>();
        for (GuideChannel c : XmltvChannels.readComplete(file)) {
            out.add(new GuideSourceChannel(sourceId, c.id(), c.displayNames(), c.icons()));
        }
        return out;
    }
}
