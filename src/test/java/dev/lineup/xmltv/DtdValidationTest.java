package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.Corpus;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Real filter output checked by a validating parser against the XMLTV DTD that CI installs (Debian's
 * xmltv-util ships it). The DTD is looked up locally; a machine without it fails here, it does not skip.
 */
class DtdValidationTest {
    static final Path DTD = Path.of("/usr/share/xmltv/xmltv.dtd");

    static List<String> validate(String xml) throws Exception {
        assertThat(DTD).as("XMLTV DTD missing at " + DTD + "; .ci/run installs it, or run: cd /tmp && apt-get download "
                + "xmltv-util && dpkg-deb -x xmltv-util_*.deb x && mkdir -p /usr/share/xmltv && "
                + "cp x/usr/share/xmltv/xmltv.dtd /usr/share/xmltv/").isRegularFile();
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setValidating(true);
        XMLReader reader = f.newSAXParser().getXMLReader();
        reader.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("xmltv.dtd")) {
                return new InputSource(Files.newInputStream(DTD));
            }
            throw new IllegalStateException("unexpected external reference " + systemId);
        });
        List<String> errors = new ArrayList<>();
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        reader.parse(new InputSource(new StringReader(xml)));
        return errors;
    }

    static Stream<Path> corpusGuides() {
        return Corpus.all("xmltv").stream();
    }

    @ParameterizedTest
    @MethodSource("corpusGuides")
    void filteredCorpusGuideIsValidAgainstTheXmltvDtd(Path guide) throws Exception {
        String xml = Guides.filter(GuideFilter.builder().keepAll().build(), guide).xml();
        assertThat(validate(xml)).isEmpty();
    }

    @Test
    void mergedRenamedShiftedAndWindowedGuideIsValid() throws Exception {
        GuideFilter f = GuideFilter.builder().keep("EnerGeek Retro").keep("12-omsk")
                .rename("AlJazeera.English.net", "aje").rename("AlJazeera.English.net", "aje+2")
                .shift("aje+2", 2.5).displayName("aje+2", "AJE +2").icon("aje+2", "http://l.example/a.png")
                .keep("channel_one").build();

        Guides.Result r = Guides.filter(f, Corpus.path("xmltv/energeek.cl.xml"),
                Corpus.path("xmltv/epg.iptvx.one.xml.gz"), Corpus.path("xmltv/epgshare01.online.xml"),
                Corpus.path("xmltv/ektotv-example.xml"));

        assertThat(r.stats().channels()).isEqualTo(5);
        assertThat(validate(r.xml())).isEmpty();
    }

    @Test
    void tagsTheDtdDoesNotKnowAreLeftOutAndTheRestKept() throws Exception {
        // nzxmltv.com adds its own tags (lcn, a channel desc, series-desc, audio-description).
        Path nz = Corpus.path("xmltv/nzxmltv.com.xml");
        String in = Files.readString(nz);
        assertThat(in).contains("<lcn>").contains("<series-desc").contains("<title");
        String xml = Guides.filter(GuideFilter.builder().keepAll().build(), nz).xml();
        assertThat(validate(xml)).isEmpty();
        assertThat(xml).doesNotContain("<lcn").doesNotContain("<series-desc").doesNotContain("<audio-description");
        assertThat(count(xml, "<title")).isEqualTo(count(in, "<title"));
        assertThat(count(xml, "<programme ")).isEqualTo(count(in, "<programme "));
        assertThat(count(xml, "<display-name")).isEqualTo(count(in, "<display-name"));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void validatorCatchesAProgrammeBeforeAChannel() throws Exception {
        // proves the check has teeth: the order our filter guarantees is what the DTD demands
        String wrong = "<?xml version=\"1.0\"?>\n<!DOCTYPE tv SYSTEM \"xmltv.dtd\">\n<tv>"
                + "<programme start=\"20240101060000\" channel=\"a\"><title>T</title></programme>"
                + "<channel id=\"a\"><display-name>A</display-name></channel></tv>";
        assertThat(validate(wrong)).anyMatch(e -> e.contains("tv"));
    }
}
