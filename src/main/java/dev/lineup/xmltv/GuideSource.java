package dev.lineup.xmltv;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * One guide file open for streaming: walks the children of {@code <tv>} and turns every parser complaint
 * into an {@link XmltvFormatException} naming this file, the line and column, and what was expected.
 */
final class GuideSource implements Closeable {
    /** What {@link #nextTopLevel} returns for programmes to copy as they stand ({@link #copyVerbatim}); no element name. */
    static final String VERBATIM = "?verbatim programme";
    private final String name;
    private final InputStream in;
    private final XMLStreamReader2 x;
    /** Programmes taken out so far (0 without a skip). */
    private final java.util.function.LongSupplier skipped;
    private final List<String[]> rootAttributes = new ArrayList<>();

    private final VerbatimCopies copies;

    private GuideSource(String name, InputStream in, XMLStreamReader2 x, java.util.function.LongSupplier skipped,
                        VerbatimCopies copies) {
        this.name = name;
        this.in = in;
        this.x = x;
        this.skipped = skipped;
        this.copies = copies;
    }

    /** Opens a file and positions on its {@code <tv>} start tag. */
    static GuideSource open(Path file, LongConsumer onBytes) throws IOException {
        return open(file, onBytes, null);
    }

    /**
     * As {@link #open(Path, LongConsumer)}; with {@code keepChannel}, the programmes of channels it refuses are
     * taken out of the bytes before parsing ({@link ProgrammeSkipper}) and counted in {@link #skippedProgrammes}.
     */
    static GuideSource open(Path file, LongConsumer onBytes, Predicate<String> keepChannel) throws IOException {
        return open(file, onBytes, keepChannel, false);
    }

    /**
     * As {@link #open(Path, LongConsumer, Predicate)}, with the file read, unpacked and rid of unkept programmes on
     * a thread of its own ({@link ReadAhead}) while the caller parses: {@code keepChannel} and {@code onBytes} are
     * then called on that thread, so they must be thread-safe and must not depend on what the caller does.
     */
    static GuideSource openReadingAhead(Path file, LongConsumer onBytes, Predicate<String> keepChannel)
            throws IOException {
        return open(file, onBytes, keepChannel, true, null);
    }

    /**
     * As {@link #openReadingAhead(Path, LongConsumer, Predicate)}; kept programmes that {@code copies} allows come
     * back from {@link #nextTopLevel} as {@link #VERBATIM}, their bytes from {@link #copyVerbatim}.
     */
    static GuideSource openReadingAhead(Path file, LongConsumer onBytes, Predicate<String> keepChannel,
                                        VerbatimCopies copies) throws IOException {
        return open(file, onBytes, keepChannel, true, copies);
    }

    private static GuideSource open(Path file, LongConsumer onBytes, Predicate<String> keepChannel, boolean ahead)
            throws IOException {
        return open(file, onBytes, keepChannel, ahead, null);
    }

    private static GuideSource open(Path file, LongConsumer onBytes, Predicate<String> keepChannel, boolean ahead,
                                    VerbatimCopies copies) throws IOException {
        String name = file.toString();
        InputStream in;
        java.util.function.LongSupplier skipped = () -> 0;
        SplitSkip split = ahead && keepChannel != null ? SplitSkip.open(file, onBytes, keepChannel, copies) : null;
        if (split != null) {
            in = split;
            skipped = split::skipped;
        } else {
            InputStream decoded;
            try {
                decoded = GuideInput.open(file, onBytes);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                // e.g. a gzip file of a few bytes: its header alone is cut off
                throw translate(name, e, null);
            }
            ProgrammeSkipper skipper = keepChannel == null ? null : new ProgrammeSkipper(decoded, keepChannel, copies);
            if (skipper != null) {
                skipped = skipper::skipped;
                if (ahead) {
                    skipper.dropChannels(); // read ahead: the programmes' pass, which passes channels over
                }
            }
            InputStream s = skipper == null ? decoded : skipper;
            in = ahead ? new ReadAhead(s, file.getFileName().toString(), copies) : s;
        }
        try {
            XMLStreamReader2 x = (XMLStreamReader2) SafeXml.factory().createXMLStreamReader(in);
            GuideSource source = new GuideSource(name, in, x, skipped, copies);
            source.enterRoot();
            return source;
        } catch (XMLStreamException | WstxLazyException e) {
            in.close();
            throw translate(name, e, null);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    String name() {
        return name;
    }

    /** Programmes taken out before parsing (not kept by the channel predicate of {@link #open}). */
    long skippedProgrammes() {
        return skipped.getAsLong();
    }

    XMLStreamReader2 reader() {
        return x;
    }

    /** The attributes of {@code <tv>} (generator-info-name and friends), as name/value pairs in order. */
    List<String[]> rootAttributes() {
        return rootAttributes;
    }

    private void enterRoot() throws XMLStreamException, XmltvFormatException {
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT) {
                if (!"tv".equals(x.getLocalName())) {
                    throw error("expected the XMLTV root element <tv>, found <" + x.getLocalName() + ">");
                }
                for (int i = 0; i < x.getAttributeCount(); i++) {
                    rootAttributes.add(new String[] {x.getAttributeLocalName(i), x.getAttributeValue(i)});
                }
                return;
            }
        }
        throw error("expected the XMLTV root element <tv>, found end of file");
    }

    /**
     * Moves to the next child element of {@code <tv>}; returns its name, or null at {@code </tv>}, or
     * {@link #VERBATIM} for programmes to copy as they stand ({@link #copyVerbatim}).
     */
    String nextTopLevel() throws XMLStreamException {
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return x.getLocalName();
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return null;
            }
            if (event == XMLStreamConstants.PROCESSING_INSTRUCTION && copies != null && copies.isCopy(x.getPITarget())) {
                return VERBATIM;
            }
        }
    }

    /**
     * After {@link #nextTopLevel} returned {@link #VERBATIM}: writes the programme it stands for, from its start tag
     * to its end tag, as its bytes stand in the file.
     */
    int copyVerbatim(VerbatimCopies.ByteSink out, byte[] before) throws IOException {
        return copies.next(out, before);
    }

    /** After {@code </tv>}: reads to the end so trailing garbage is reported too. */
    void finish() throws XMLStreamException {
        while (x.hasNext()) {
            x.next();
        }
    }

    /**
     * After {@link #finish()}: reads the file's last bytes, which the XML parser never needs, so a gzip
     * trailer (length and CRC) is checked too.
     */
    void drainFile() throws XmltvFormatException {
        byte[] buf = new byte[8192];
        try {
            while (in.read(buf) >= 0) {
                // the bytes themselves were already parsed; only the end-of-stream checks matter
            }
        } catch (IOException e) {
            throw translate(e);
        }
    }

    void skipElement() throws XMLStreamException {
        x.skipElement();
    }

    String attribute(String attr) {
        return x.getAttributeValue(null, attr);
    }

    int line() {
        Location l = x.getLocation();
        return l == null ? -1 : l.getLineNumber();
    }

    XmltvFormatException error(String problem) {
        Location l = x.getLocation();
        return new XmltvFormatException(name, l == null ? -1 : l.getLineNumber(),
                l == null ? -1 : l.getColumnNumber(), problem);
    }

    /** Turns a parser failure (also one thrown lazily or by a truncated gzip stream) into our exception. */
    XmltvFormatException translate(Exception e) {
        return translate(name, e, x);
    }

    private static XmltvFormatException translate(String name, Exception e, XMLStreamReader x) {
        Exception cause = e instanceof WstxLazyException && e.getCause() instanceof Exception c ? c : e;
        Location l = cause instanceof XMLStreamException xse && xse.getLocation() != null
                ? xse.getLocation() : x != null ? x.getLocation() : null;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int at = message.indexOf("\n at [");
        message = (at >= 0 ? message.substring(0, at) : message).replace('\n', ' ').strip();
        Throwable root = cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof java.io.EOFException || root instanceof java.util.zip.ZipException) {
            message = "compressed data ends or breaks off early" + (root.getMessage() == null ? ""
                    : " (" + root.getMessage() + ")") + "; expected the rest of the guide up to </tv>";
        }
        // a failure before the first token (bad encoding, binary file) has no location yet: it is at 1:1
        return new XmltvFormatException(name, l == null ? 1 : Math.max(1, l.getLineNumber()),
                l == null ? 1 : Math.max(1, l.getColumnNumber()), message, cause);
    }

    @Override
    public void close() throws IOException {
        try {
            x.closeCompletely();
        } catch (XMLStreamException e) {
            // the stream itself is closed below; nothing of the guide is lost by ignoring this
        } finally {
            in.close();
        }
    }
}
