package dev.lineup.xmltv;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/** Reads programmes of one channel straight from a guide file, streaming, for previews. */
public final class XmltvProgrammes {
    private XmltvProgrammes() {
    }

    /**
     * What is on a channel at {@code now} and what comes next: up to two programmes, in time order. The
     * first is the one running at {@code now} (start ≤ now < stop), if any; the other is the earliest that
     * starts after {@code now}. An empty list when the guide has nothing for the channel around then.
     */
    public static List<GuideProgramme> nowAndNext(Path file, String channelId, Instant now) throws IOException {
        GuideProgramme current = null;
        GuideProgramme next = null;
        try (GuideSource src = GuideSource.open(file, null)) {
            try {
                for (String name = src.nextTopLevel(); name != null; name = src.nextTopLevel()) {
                    if (!name.equals("programme") || !channelId.equals(src.attribute("channel"))) {
                        src.skipElement();
                        continue;
                    }
                    XmltvTime start = XmltvTime.parse(src.attribute("start"));
                    XmltvTime stop = XmltvTime.parse(src.attribute("stop"));
                    if (start == null) {
                        src.skipElement();
                        continue;
                    }
                    Instant s = start.instant();
                    Instant e = stop == null ? null : stop.instant();
                    boolean running = !s.isAfter(now) && (e == null || e.isAfter(now));
                    boolean upcoming = s.isAfter(now);
                    if (running && (current == null || s.isAfter(current.start()))
                            || upcoming && (next == null || s.isBefore(next.start()))) {
                        GuideProgramme p = new GuideProgramme(firstTitle(src.reader()), s, e);
                        if (running) {
                            current = p;
                        } else {
                            next = p;
                        }
                    } else {
                        src.skipElement();
                    }
                }
            } catch (XMLStreamException | WstxLazyException e) {
                throw src.translate(e);
            }
        }
        List<GuideProgramme> result = new ArrayList<>(2);
        if (current != null) {
            result.add(current);
        }
        if (next != null) {
            result.add(next);
        }
        return result;
    }

    /** Reads to the programme's end tag and returns its first title ("" when it has none). */
    private static String firstTitle(XMLStreamReader2 x) throws XMLStreamException {
        String title = null;
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return title == null ? "" : title;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (title == null && x.getLocalName().equals("title")) {
                    title = x.getElementText().strip();
                } else {
                    x.skipElement();
                }
            }
        }
    }
}
