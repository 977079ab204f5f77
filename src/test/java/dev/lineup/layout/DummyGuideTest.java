package dev.lineup.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.layout.DummyGuide.DummyChannel;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class DummyGuideTest {
    /** Installed from Debian's xmltv-util (see the task notes); never committed. */
    private static final Path DTD = Path.of("/usr/share/xmltv/xmltv.dtd");
    private static final Instant FROM = Instant.parse("2026-11-22T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-23T00:00:00Z");
    private static final List<DummyChannel> CHANNELS = List.of(
            new DummyChannel("tf1.fr", "TF1 & \"Séries\" <HD>", "http://logo/tf1.png?a=1&b=2"),
            new DummyChannel("lineup-dummy.x", "Bell\u0007 TV \uD83D\uDCFA", null));

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] document(Body body) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeDTD("<!DOCTYPE tv SYSTEM \"xmltv.dtd\">");
        w.writeStartElement("tv");
        body.write(w);
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return out.toByteArray();
    }

    /** Every validity error of the document against the XMLTV DTD (empty when valid). */
    private static List<String> dtdErrors(byte[] xml) throws Exception {
        assertThat(DTD).as("XMLTV DTD missing: install it from Debian's xmltv-util (apt-get download xmltv-util)").exists();
        List<String> errors = new ArrayList<>();
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setValidating(true);
        f.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
            @Override
            public InputSource resolveEntity(String publicId, String systemId) throws java.io.IOException {
                if (systemId != null && systemId.endsWith("xmltv.dtd")) {
                    InputSource s = new InputSource(Files.newInputStream(DTD));
                    s.setSystemId(DTD.toUri().toString());
                    return s;
                }
                throw new java.io.IOException("unexpected external entity " + systemId);
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        return errors;
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void outputIsValidAgainstTheXmltvDtd() throws Exception {
        byte[] xml = document(w -> DummyGuide.write(w, CHANNELS, FROM, TO, Duration.ofMinutes(60)));
        assertThat(dtdErrors(xml)).isEmpty();
    }

    @Test
    void theValidatorCatchesAProgrammeBeforeAChannel() throws Exception {
        byte[] xml = document(w -> {
            DummyGuide.writeProgrammes(w, CHANNELS, FROM, TO, Duration.ofHours(6));
            DummyGuide.writeChannels(w, CHANNELS);
        });
        assertThat(dtdErrors(xml)).isNotEmpty();
    }

    @Test
    void splitWritersFitAroundARealGuideAndStayValid() throws Exception {
        byte[] xml = document(w -> {
            w.writeStartElement("channel");
            w.writeAttribute("id", "real.one");
            w.writeStartElement("display-name");
            w.writeCharacters("Real One");
            w.writeEndElement();
            w.writeEndElement();
            DummyGuide.writeChannels(w, CHANNELS);
            w.writeStartElement("programme");
            w.writeAttribute("start", "20261122060000 +0000");
            w.writeAttribute("channel", "real.one");
            w.writeStartElement("title");
            w.writeCharacters("News");
            w.writeEndElement();
            w.writeEndElement();
            DummyGuide.writeProgrammes(w, CHANNELS, FROM, TO, Duration.ofMinutes(30));
        });
        assertThat(dtdErrors(xml)).isEmpty();
    }

    @Test
    void hourBlocksCoverTheWindowTitledWithTheChannelName() throws Exception {
        Document d = dom(document(w -> DummyGuide.write(w, CHANNELS.subList(0, 1), FROM, TO, Duration.ofMinutes(60))));
        NodeList ps = d.getElementsByTagName("programme");
        assertThat(ps.getLength()).isEqualTo(24);
        Element first = (Element) ps.item(0);
        Element last = (Element) ps.item(23);
        assertThat(first.getAttribute("start")).isEqualTo("20261122000000 +0000");
        assertThat(first.getAttribute("stop")).isEqualTo("20261122010000 +0000");
        assertThat(last.getAttribute("stop")).isEqualTo("20261123000000 +0000");
        assertThat(first.getAttribute("channel")).isEqualTo("tf1.fr");
        assertThat(first.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("TF1 & \"Séries\" <HD>");
        Element ch = (Element) d.getElementsByTagName("channel").item(0);
        assertThat(((Element) ch.getElementsByTagName("icon").item(0)).getAttribute("src")).isEqualTo("http://logo/tf1.png?a=1&b=2");
    }

    @Test
    void blocksAlignToTheBlockLengthAndTheLastIsCutAtTheWindowEnd() throws Exception {
        Instant from = Instant.parse("2026-11-22T10:20:00Z");
        Instant to = Instant.parse("2026-11-22T13:30:00Z");
        Document d = dom(document(w -> DummyGuide.writeProgrammes(w, CHANNELS.subList(0, 1), from, to, Duration.ofMinutes(90))));
        NodeList ps = d.getElementsByTagName("programme");
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            spans.add(p.getAttribute("start").substring(8, 12) + "-" + p.getAttribute("stop").substring(8, 12));
        }
        assertThat(spans).containsExactly("0900-1030", "1030-1200", "1200-1330");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndEmojiKept() throws Exception {
        Document d = dom(document(w -> DummyGuide.writeChannels(w, CHANNELS)));
        Element second = (Element) d.getElementsByTagName("display-name").item(1);
        assertThat(second.getTextContent()).isEqualTo("Bell TV \uD83D\uDCFA");
    }

    @Test
    void channelsForPicksVisibleChannelsWithoutAGuideWithStableIds() {
        Layout l = new Layout("L", null, List.of(
                new LayoutGroup("G", false, List.of(
                        new LayoutChannel("k1", "Mapped", 1, null, "m.tv", "M.guide", 0, false, true),
                        new LayoutChannel("k2", "Local TV", 2, null, "local.tv", null, 0, false, true),
                        new LayoutChannel("k3", "No Id Näme", 3, null, null, null, 0, false, true),
                        new LayoutChannel("k4", "Hidden", 4, null, null, null, 0, true, true))),
                new LayoutGroup("H", true, List.of(LayoutChannel.of("k5", "In hidden group")))));
        List<DummyChannel> chs = DummyGuide.channelsFor(l);
        assertThat(chs).extracting(DummyChannel::name).containsExactly("Local TV", "No Id Näme");
        assertThat(chs.get(0).id()).isEqualTo("local.tv");
        assertThat(chs.get(1).id()).startsWith("lineup-dummy.no-id-name.").isEqualTo(DummyGuide.channelsFor(l).get(1).id());
    }

    @Test
    void windowFollowsTheLayoutsDayOptions() {
        Instant now = Instant.parse("2026-11-22T15:45:00Z");
        DummyGuide.Window w = DummyGuide.window(new LayoutOptions(1, 2, true, true), now);
        assertThat(w.from()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(w.to()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    }

    @Test
    void sillyBlockLengthsAreRefused() throws Exception {
        assertThatThrownBy(() -> document(w -> DummyGuide.writeProgrammes(w, CHANNELS, FROM, TO, Duration.ofMinutes(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 5 minutes and 24 hours");
        assertThat(new String(document(w -> DummyGuide.writeProgrammes(w, CHANNELS, TO, FROM, Duration.ofHours(1))),
                StandardCharsets.UTF_8)).doesNotContain("programme");
    }
}
