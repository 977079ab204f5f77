package dev.lineup.xmltv;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Filters, shifts and writes one {@code <programme>} at a time. A programme of a channel not kept is skipped
 * without being copied; a kept one has its children serialized once (in DTD order) and written once per
 * output id, each with its own shifted start and stop.
 */
final class ProgrammeWriter {
    /** What {@code out.indent(1)} writes: a line break and the indent of a child of {@code <tv>}. */
    private static final byte[] LINE_START = {'\n', ' ', ' '};
    /** The logger, set up on the first message: a render that logs nothing never starts the logging library. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(ProgrammeWriter.class);
    }
    /** Timestamp attributes of a programme; all move with a shift. */
    private static final List<String> TIMES = List.of("start", "stop", "pdc-start", "vps-start");

    private final GuideFilter filter;
    private final SubtreeCopier copier = new SubtreeCopier();
    private final XmlSink body = new XmlSink(4096);
    private final List<String> passing = new ArrayList<>();
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] ranks = new int[32];
    long kept;
    long dropped;

    ProgrammeWriter(GuideFilter filter) {
        this.filter = filter;
    }

    /** The source stands on a programme start tag; leaves it on the matching end tag. */
    void handle(GuideSource src, XmlSink out) throws XMLStreamException {
        XMLStreamReader2 x = src.reader();
        String channel = x.getAttributeValue(null, "channel");
        List<String> outputIds = channel == null ? List.of() : filter.outputIds(channel);
        if (outputIds.isEmpty()) {
            drop(src);
            return;
        }
        XmltvTime start = XmltvTime.parse(x.getAttributeValue(null, "start"));
        XmltvTime stop = XmltvTime.parse(x.getAttributeValue(null, "stop"));
        if (start == null) {
            Log.LOG.warn("{}:{}: programme of channel '{}' has no readable start time ('{}'); left out",
                    src.name(), src.line(), channel, x.getAttributeValue(null, "start"));
            drop(src);
            return;
        }
        if (stop != null && stop.instant().isBefore(start.instant())) {
            drop(src);
            return;
        }
        passing.clear();
        for (String id : outputIds) {
            long shift = filter.shiftSeconds(id);
            XmltvTime stopShifted = stop == null ? null : stop.plusSeconds(shift);
            if (filter.inWindow(start.plusSeconds(shift).instant(),
                    stopShifted == null ? null : stopShifted.instant())) {
                passing.add(id);
            }
        }
        if (passing.isEmpty()) {
            drop(src);
            return;
        }
        String[][] attrs = new String[x.getAttributeCount()][];
        for (int i = 0; i < attrs.length; i++) {
            attrs[i] = new String[] {x.getAttributeLocalName(i), x.getAttributeValue(i)};
        }
        readBody(x);
        for (String id : passing) {
            writeStartTag(out, attrs, id, filter.shiftSeconds(id));
            out.append(body, 0, body.length());
            out.indent(1);
            out.raw("</programme>");
            kept++;
        }
    }

    /**
     * Writes the programmes of one stand-in, which {@link #writesUnchanged} allowed, as they stood in the guide (see
     * {@link VerbatimCopies}), each on a line of its own as {@link #handle} starts it.
     */
    void copy(GuideSource src, XmlSink out, Utf8Writer w) throws IOException {
        out.drainTo(w); // what comes before them first
        kept += src.copyVerbatim(w, LINE_START);
    }

    /**
     * Whether {@link #handle} would write this verbatim programme byte for byte as it stands: its channel is
     * published under its own id alone and not shifted, its times are readable, canonical and in the window.
     * Called from the thread reading ahead (the filter is immutable).
     */
    static boolean writesUnchanged(GuideFilter filter, VerbatimProgramme p) {
        String channel = p.channel();
        if (channel == null || p.hasOtherTimes()) {
            return false;
        }
        List<String> ids = filter.outputIds(channel);
        if (ids.size() != 1 || !ids.get(0).equals(channel) || filter.shiftSeconds(channel) != 0) {
            return false;
        }
        String startText = p.start();
        String stopText = p.stop();
        if (!XmltvTime.isCanonical(startText) || stopText != null && !XmltvTime.isCanonical(stopText)) {
            return false;
        }
        long start = XmltvTime.canonicalEpochSecond(startText);
        long stop = stopText == null ? start : XmltvTime.canonicalEpochSecond(stopText);
        if (start == XmltvTime.INVALID || stop == XmltvTime.INVALID || stop < start) {
            return false;
        }
        return filter.inWindow(Instant.ofEpochSecond(start), stopText == null ? null : Instant.ofEpochSecond(stop));
    }

    private void drop(GuideSource src) throws XMLStreamException {
        src.skipElement();
        dropped++;
    }

    private void writeStartTag(XmlSink out, String[][] attrs, String outputId, long shift) {
        out.indent(1);
        out.raw("<programme");
        for (String[] a : attrs) {
            String name = a[0];
            String value = a[1];
            if (name.equals("channel")) {
                value = outputId;
            } else if (TIMES.contains(name) && (shift != 0 || !XmltvTime.isCanonical(value))) {
                // shifted, or a zone name / short date that tv_validate_file rejects: written canonically
                XmltvTime t = XmltvTime.parse(value);
                if (t == null) {
                    continue; // an unreadable stop cannot be shifted; it is optional, so it goes
                }
                value = t.plusSeconds(shift).format();
            }
            out.attribute(name, value);
        }
        out.raw('>');
    }

    /**
     * Serializes the children the DTD knows into {@link #body}, then restores DTD order if the guide broke it.
     */
    private void readBody(XMLStreamReader2 x) throws XMLStreamException {
        body.truncate(0);
        int n = 0;
        boolean ordered = true;
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (DtdOrder.programmeRank(x.getLocalName()) == DtdOrder.UNKNOWN) {
                    x.skipElement(); // not in the XMLTV DTD (e.g. series-desc): left out so the output validates
                    continue;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                    ranks = Arrays.copyOf(ranks, n * 2);
                }
                starts[n] = body.length();
                ranks[n] = DtdOrder.programmeRank(x.getLocalName());
                ordered &= n == 0 || ranks[n - 1] <= ranks[n];
                copier.copy(x, body, 2);
                ends[n] = body.length();
                if (body.length() > SubtreeCopier.MAX_ELEMENT_CHARS) {
                    throw new XMLStreamException("programme is larger than " + SubtreeCopier.MAX_ELEMENT_CHARS
                            + " chars", x.getLocation());
                }
                n++;
            }
        }
        if (!ordered) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int[] r = ranks;
            Arrays.sort(order, Comparator.comparingInt(i -> r[i])); // stable: equal ranks keep their order
            body.reorder(0, starts, ends, order);
        }
    }
}
