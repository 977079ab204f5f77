package dev.lineup.xmltv;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Copies the element the reader stands on, with everything inside it, verbatim (names, attributes, text,
 * CDATA as text) and re-indented; comments and processing instructions are left out. Whitespace-only text
 * is kept inside leaf elements and replaced by our own indentation between child elements.
 */
final class SubtreeCopier {
    /** No element of a guide (one channel, one programme) may grow past this many chars of output. */
    static final int MAX_ELEMENT_CHARS = 16 * 1024 * 1024;

    private final boolean[] hasChildren = new boolean[SafeXml.MAX_DEPTH + 2];
    private final StringBuilder pendingSpace = new StringBuilder();

    /** Reader on a START_ELEMENT at {@code level}; returns on its matching END_ELEMENT. */
    void copy(XMLStreamReader x, XmlSink out, int level) throws XMLStreamException {
        int base = out.length();
        int depth = 0;
        boolean open = writeStart(x, out, level, true);
        // after text of mixed content, our indentation would become part of that text on the next read
        boolean afterText = false;
        hasChildren[0] = false;
        pendingSpace.setLength(0);
        while (true) {
            switch (x.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open) {
                        out.raw('>');
                    }
                    pendingSpace.setLength(0);
                    hasChildren[depth++] = true;
                    hasChildren[depth] = false;
                    open = writeStart(x, out, level + depth, !afterText);
                    afterText = false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (x.isWhiteSpace()) {
                        pendingSpace.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                    } else {
                        if (open) {
                            out.raw('>');
                            open = false;
                        }
                        flushSpace(out);
                        out.text(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                        afterText = true;
                        if (out.length() - base > MAX_ELEMENT_CHARS) {
                            throw new XMLStreamException("element <" + x.getLocalName()
                                    + "> is larger than " + MAX_ELEMENT_CHARS + " chars", x.getLocation());
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (open && pendingSpace.length() == 0) {
                        out.raw("/>");
                    } else {
                        if (open) {
                            out.raw('>');
                        }
                        if (hasChildren[depth]) {
                            pendingSpace.setLength(0);
                            if (!afterText) {
                                out.indent(level + depth);
                            }
                        } else {
                            flushSpace(out);
                        }
                        out.raw("</").raw(x.getLocalName()).raw('>');
                    }
                    open = false;
                    afterText = false;
                    if (depth-- == 0) {
                        return;
                    }
                }
                default -> {
                    // comments, processing instructions: not part of the guide's data
                }
            }
        }
    }

    private void flushSpace(XmlSink out) {
        if (pendingSpace.length() > 0) {
            out.text(pendingSpace.toString());
            pendingSpace.setLength(0);
        }
    }

    /** Writes an indented start tag without its closing '>'; returns true (the tag is open). */
    static boolean writeStart(XMLStreamReader x, XmlSink out, int level, boolean indent) {
        if (indent) {
            out.indent(level);
        }
        out.raw('<').raw(x.getLocalName());
        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
            out.attribute(x.getAttributeLocalName(i), x.getAttributeValue(i));
        }
        return true;
    }
}
