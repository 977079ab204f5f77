package dev.lineup.xmltv;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** Lists the channels of a guide (.xml or gzip) without reading its programmes. */
public final class XmltvChannels {
    private XmltvChannels() {
    }

    /**
     * The guide's channels in document order. Reading stops at the first {@code <programme>}: XMLTV puts
     * every channel before the programmes, which is what makes this fast on a guide of hundreds of MB.
     */
    public static List<GuideChannel> read(Path file) throws IOException {
        return read(file, false);
    }

    /**
     * The guide's channels, after reading the document to its end: a guide cut off mid-download (its
     * channels complete, its programmes not) fails here with the line where it stops, instead of being kept.
     */
    public static List<GuideChannel> readComplete(Path file) throws IOException {
        return read(file, true);
    }

    private static List<GuideChannel> read(Path file, boolean toTheEnd) throws IOException {
        List<GuideChannel> channels = new ArrayList<>();
        SubtreeCopier copier = new SubtreeCopier();
        try (GuideSource src = GuideSource.open(file, null)) {
            try {
                for (String name = src.nextTopLevel(); name != null; name = src.nextTopLevel()) {
                    if (name.equals("programme") && !toTheEnd) {
                        break;
                    }
                    if (name.equals("channel")) {
                        ChannelElement ch = ChannelElement.read(src.reader(), copier);
                        if (ch != null) {
                            channels.add(ch.toGuideChannel());
                        }
                    } else {
                        src.skipElement();
                    }
                }
            } catch (XMLStreamException | WstxLazyException e) {
                throw src.translate(e);
            }
        }
        return channels;
    }
}
