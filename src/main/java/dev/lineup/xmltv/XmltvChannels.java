package dev.lineup.xmltv;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;

/** Lists the channels of a guide (.xml or gzip) without reading its programmes. */
public final class XmltvChannels {
    private XmltvChannels() {
    }

    /**
     * The guide's channels in document order, each id once (the first {@code <channel>} of an id wins:
     * a guide repeating one channel millions of times costs memory for one). Reading stops at the first {@code <programme>}: XMLTV puts
     * every channel before the programmes, which is what makes this fast on a guide of hundreds of MB.
     */
    public static List<GuideChannel> read(Path file) throws IOException {
        return read(file, false);
    }

    /**
     * The guide's channels, after reading the document and the file to their end: a guide cut off
     * mid-download (its channels complete, its programmes not) or a gzip file whose trailer or CRC is
     * broken fails here with the line where it stops, instead of being kept. A channel that has programmes
     * but no {@code <channel>} (older grabbers write such guides) is listed after the others, by its id
     * alone, so a layout can use its programmes; the published guide then describes it.
     */
    public static List<GuideChannel> readComplete(Path file) throws IOException {
        return read(file, true);
    }

    private static List<GuideChannel> read(Path file, boolean toTheEnd) throws IOException {
        Map<String, GuideChannel> channels = new LinkedHashMap<>();
        SubtreeCopier copier = new SubtreeCopier();
        // read to the end, the programmes need no parsing: the byte-level skip still meets a cut-off file
        // (the parser then sees an unclosed element) and the gzip trailer
        Set<String> withProgrammes = new LinkedHashSet<>();
        Predicate<String> noteAndSkip = id -> {
            withProgrammes.add(id);
            return false;
        };
        try (GuideSource src = GuideSource.open(file, null, toTheEnd ? noteAndSkip : null)) {
            try {
                for (String name = src.nextTopLevel(); name != null; name = src.nextTopLevel()) {
                    if (name.equals("programme") && !toTheEnd) {
                        break;
                    }
                    if (name.equals("programme") && src.attribute("channel") != null) {
                        withProgrammes.add(src.attribute("channel")); // one the byte-level skip passed on
                        src.skipElement();
                    } else if (name.equals("channel")) {
                        ChannelElement ch = ChannelElement.read(src.reader(), copier);
                        if (ch != null && !channels.containsKey(ch.id())) {
                            channels.put(ch.id(), ch.toGuideChannel());
                        }
                    } else {
                        src.skipElement();
                    }
                }
                if (toTheEnd) {
                    src.finish();
                    src.drainFile();
                }
            } catch (XMLStreamException | WstxLazyException e) {
                throw src.translate(e);
            }
        }
        for (String id : withProgrammes) {
            channels.computeIfAbsent(id, k -> new GuideChannel(k, List.of(), List.of()));
        }
        return new ArrayList<>(channels.values());
    }
}
