package dev.lineup.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates a guide against the real XMLTV DTD (installed by {@code .ci/setup} from Debian's
 * xmltv-util). Missing DTD fails the test: a validation that silently did not run proves nothing.
 */
final class GuideDtd {
    static final Path DTD = Path.of(System.getProperty("lineup.xmltv.dtd", "/usr/share/xmltv/xmltv.dtd"));

    private GuideDtd() {
    }

    static void validate(InputStream guide) throws IOException {
        if (!Files.isRegularFile(DTD)) {
            throw new IllegalStateException("XMLTV DTD not found at " + DTD + ": run .ci/setup");
        }
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setValidating(true);
            f.setNamespaceAware(false);
            var reader = f.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> new InputSource(Files.newInputStream(DTD)));
            reader.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            // Validation needs a DOCTYPE; a guide without one gets it added in front.
            reader.parse(withDoctype(guide));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("guide is not valid XMLTV: " + e.getMessage(), e);
        }
    }

    private static InputSource withDoctype(InputStream guide) throws IOException {
        String xml = new String(guide.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!xml.contains("<!DOCTYPE")) {
            int decl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            xml = xml.substring(0, decl) + "\n<!DOCTYPE tv SYSTEM \"xmltv.dtd\">" + xml.substring(decl);
        }
        return new InputSource(new java.io.StringReader(xml));
    }
}
