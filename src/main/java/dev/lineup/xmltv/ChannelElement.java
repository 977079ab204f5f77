package dev.lineup.xmltv;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * One {@code <channel>} read whole (channels are small): its id, other attributes, and each child already
 * serialized, so it can be written once per output id with names and icons replaced.
 */
final class ChannelElement {
    private final String id;
    private final List<String[]> attributes;
    private final List<Child> children;

    private record Child(String name, String value, String xml) {
    }

    private ChannelElement(String id, List<String[]> attributes, List<Child> children) {
        this.id = id;
        this.attributes = attributes;
        this.children = children;
    }

    /** Reads the channel the reader stands on, up to its end tag. Returns null for a channel without id. */
    static ChannelElement read(XMLStreamReader2 x, SubtreeCopier copier) throws XMLStreamException {
        String id = x.getAttributeValue(null, "id");
        List<String[]> attrs = new ArrayList<>();
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (!"id".equals(x.getAttributeLocalName(i))) {
                attrs.add(new String[] {x.getAttributeLocalName(i), x.getAttributeValue(i)});
            }
        }
        List<Child> children = new ArrayList<>();
        XmlSink sink = new XmlSink(256);
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                String value = "icon".equals(name) ? x.getAttributeValue(null, "src") : null;
                sink.truncate(0);
                if ("display-name".equals(name)) {
                    // display-name is text only; read it as text so callers get the name itself
                    String lang = x.getAttributeValue(null, "lang");
                    value = x.getElementText();
                    sink.indent(2);
                    sink.raw("<display-name");
                    if (lang != null) {
                        sink.attribute("lang", lang);
                    }
                    sink.raw('>').text(value);
                    sink.raw("</display-name>");
                } else {
                    copier.copy(x, sink, 2);
                }
                children.add(new Child(name, value, sink.toString()));
            }
        }
        return id == null ? null : new ChannelElement(id, attrs, children);
    }

    /** A channel the guide did not describe, to be written with the names and icons given to {@link #write}. */
    static ChannelElement undescribed(String id) {
        return new ChannelElement(id, List.of(), List.of());
    }

    String id() {
        return id;
    }

    GuideChannel toGuideChannel() {
        return new GuideChannel(id, values("display-name"), values("icon"));
    }

    /**
     * Writes this channel as {@code outputId}: display names, icons, urls in DTD order. Children the XMLTV
     * DTD does not allow in a channel (e.g. {@code lcn}, {@code desc}) are left out, so the output validates.
     * A channel with no display name at all gets its id, since the DTD wants one.
     */
    void write(XmlSink out, String outputId, List<String> names, List<String> icons) {
        out.indent(1);
        out.raw("<channel");
        out.attribute("id", outputId);
        for (String[] a : attributes) {
            out.attribute(a[0], a[1]);
        }
        out.raw('>');
        if (!names.isEmpty()) {
            for (String n : names) {
                out.indent(2);
                out.raw("<display-name>").text(n);
                out.raw("</display-name>");
            }
        } else if (!writeChildren(out, "display-name")) {
            out.indent(2);
            out.raw("<display-name>").text(outputId);
            out.raw("</display-name>");
        }
        if (!icons.isEmpty()) {
            for (String src : icons) {
                out.indent(2);
                out.raw("<icon");
                out.attribute("src", src);
                out.raw("/>");
            }
        } else {
            writeChildren(out, "icon");
        }
        writeChildren(out, "url");
        out.indent(1);
        out.raw("</channel>");
    }

    private boolean writeChildren(XmlSink out, String name) {
        boolean any = false;
        for (Child c : children) {
            if (c.name.equals(name)) {
                out.raw(c.xml);
                any = true;
            }
        }
        return any;
    }

    private List<String> values(String name) {
        List<String> v = new ArrayList<>();
        for (Child c : children) {
            if (c.name.equals(name) && c.value != null) {
                v.add(c.value);
            }
        }
        return v;
    }
}
