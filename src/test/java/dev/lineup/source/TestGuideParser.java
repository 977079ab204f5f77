package dev.lineup.source;

import dev.lineup.model.GuideSourceChannel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small StAX reader of XMLTV {@code <channel>} elements for tests of this package only, standing in
 * for the {@code dev.lineup.xmltv} adapter until that package is merged.
 */
public final class TestGuideParser implements GuideParser {
    @Override
    public List<GuideSourceChannel> channels(Path file, long sourceId) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<GuideSourceChannel> out = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gz = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            XMLStreamReader r = f.createXMLStreamReader(gz ? new GZIPInputStream(raw) : raw);
            String id = null;
            List<String> names = new ArrayList<>();
            List<String> icons = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "channel" -> {
                            id = r.getAttributeValue(null, "id");
                            names = new ArrayList<>();
                            icons = new ArrayList<>();
                        }
                        case "display-name" -> names.add(r.getElementText().trim());
                        case "icon" -> icons.add(r.getAttributeValue(null, "src"));
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("channel") && id != null) {
                    out.add(new GuideSourceChannel(sourceId, id, names, icons));
                    id = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
