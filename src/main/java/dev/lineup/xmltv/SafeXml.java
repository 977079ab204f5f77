package dev.lineup.xmltv;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;

/**
 * The one place the XML parser is configured. Guides in the wild carry remote DOCTYPEs and come from
 * untrusted servers, so: nothing is ever fetched (the external DTD subset and external entities resolve to
 * nothing), entity expansion is bounded, and so are the size of a text, an attribute and the nesting depth.
 */
final class SafeXml {
    /** Longest text (a desc, say) one element may hold, in chars. */
    static final int MAX_TEXT_CHARS = 4 * 1024 * 1024;
    static final int MAX_ATTRIBUTE_CHARS = 64 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ENTITY_EXPANSIONS = 10_000;
    static final int MAX_ENTITY_DEPTH = 8;

    private static final XMLResolver NOTHING = (publicId, systemId, baseUri, namespace) ->
            new ByteArrayInputStream(new byte[0]);
    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {
    }

    static XMLInputFactory factory() {
        return FACTORY;
    }

    private static XMLInputFactory create() {
        WstxInputFactory f = new WstxInputFactory();
        // XMLTV has no namespaces; treating prefixes as part of names keeps odd files readable and is faster.
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        // DTD support stays on so an internal subset's entities work, but within the bounds below.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(WstxInputProperties.P_DTD_RESOLVER, NOTHING);
        f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, NOTHING);
        f.setProperty(XMLInputFactory.RESOLVER, NOTHING);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_CHARS);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, MAX_ENTITY_EXPANSIONS);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, MAX_ENTITY_DEPTH);
        return f;
    }
}
