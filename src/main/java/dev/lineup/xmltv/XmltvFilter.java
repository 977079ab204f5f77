package dev.lineup.xmltv;

import com.ctc.wstx.exc.WstxLazyException;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams one or more guides into one filtered XMLTV document, in constant memory. Two passes over the
 * inputs: the first writes the channels (each file's channel section, which ends at its first programme),
 * the second streams the programmes, so every channel precedes every programme as the DTD requires.
 * The output is UTF-8 and uncompressed; wrap {@code out} in a GZIPOutputStream for .gz. On a malformed
 * input this throws midway: write to a temporary file and move it into place only on success.
 */
public final class XmltvFilter {
    /** The logger, set up on the first message: a render that logs nothing never starts the logging library. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(XmltvFilter.class);
    }
    /** Output is handed to the writer in chunks of about this many chars. */
    private static final int FLUSH_AT = 1 << 16;
    /**
     * The phase the filter reports, in bytes read from the input files (the programmes pass), every few
     * hundred kilobytes and at the end of each file; possibly from the thread reading ahead of the parser.
     */
    public static final String PHASE = "filtering guide";

    private XmltvFilter() {
    }

    public static FilterStats run(List<Path> inputs, GuideFilter filter, OutputStream out, Progress progress)
            throws IOException {
        return run(inputs, filter, DummyProgrammes.none(), out, progress);
    }

    /**
     * As {@link #run(List, GuideFilter, OutputStream, Progress)}, with placeholder channels
     * written after the real channels and their programmes after the real programmes, so the document
     * keeps the DTD's order. A placeholder whose id the real guide wrote is left out. With placeholders,
     * {@code inputs} may be empty. The stats count placeholders as channels and kept programmes.
     */
    public static FilterStats run(List<Path> inputs, GuideFilter filter, DummyProgrammes dummies, OutputStream out,
                                  Progress progress) throws IOException {
        return run(inputs, filter, dummies, out, progress, true);
    }

    /**
     * As {@link #run(List, GuideFilter, DummyProgrammes, OutputStream, Progress)}; {@code copyVerbatim} false
     * parses and writes every kept programme, for tests that prove the copies write the same bytes.
     */
    static FilterStats run(List<Path> inputs, GuideFilter filter, DummyProgrammes dummies, OutputStream out,
                           Progress progress, boolean copyVerbatim) throws IOException {
        if (inputs.isEmpty() && dummies.isEmpty()) {
            throw new IllegalArgumentException("no guide inputs given");
        }
        Progress listener = progress == null ? Progress.NONE : progress;
        long total = 0;
        for (Path input : inputs) {
            total += Files.size(input);
        }
        long inputBytes = total; // bytes as stored on disk (compressed for a .gz), summed over all inputs
        Utf8Writer w = new Utf8Writer(out);
        XmlSink sink = new XmlSink(FLUSH_AT * 2);
        Set<String> written = new HashSet<>();
        if (inputs.isEmpty()) {
            writeHeader(sink, List.of());
        }
        // the first file's programmes start to be read (and skipped, on threads of their own) while the channels
        // are written: that pass is short, but the parser spends it in code not yet compiled
        GuideSource first = inputs.isEmpty() ? null : openProgrammes(inputs.get(0), filter, copyVerbatim, listener, 0,
                inputBytes);
        ProgrammeWriter programmes = new ProgrammeWriter(filter);
        List<DummyProgrammes.Channel> dummyChannels;
        long done = 0;
        try (GuideSource ignored = first) {
            writeChannels(inputs, filter, sink, w, written);
            dummyChannels = dummies.writeChannels(sink, written);
            for (int i = 0; i < inputs.size(); i++) {
                Path input = inputs.get(i);
                try (GuideSource src = i == 0 ? first
                        : openProgrammes(input, filter, copyVerbatim, listener, done, inputBytes)) {
                    streamProgrammes(src, programmes, sink, w);
                    programmes.dropped += src.skippedProgrammes();
                }
                done += Files.size(input);
                listener.update(PHASE, done, inputBytes); // a gzip reader may stop short of the file's last bytes; say "all read"
            }
        }
        long dummyProgrammes = dummies.writeProgrammes(dummyChannels, sink, w, FLUSH_AT);
        sink.raw("\n</tv>\n");
        sink.drainTo(w);
        w.flush();
        return new FilterStats(written.size(), programmes.kept + dummyProgrammes, programmes.dropped);
    }

    /**
     * One guide file opened for its programmes, read ahead on threads of their own: the filter is immutable and the
     * listener thread-safe, both may be called from there. Kept programmes the writer would not change are copied as
     * they stand (fresh copies per file: the skip forgets them at an internal DTD subset).
     */
    private static GuideSource openProgrammes(Path input, GuideFilter filter, boolean copyVerbatim, Progress listener,
                                              long before, long inputBytes) throws IOException {
        VerbatimCopies copies = filter.keepsAll() || !copyVerbatim ? null
                : new VerbatimCopies(p -> ProgrammeWriter.writesUnchanged(filter, p));
        return GuideSource.openReadingAhead(input, bytes -> listener.update(PHASE, before + bytes, inputBytes),
                filter.keepsAll() ? null : id -> !filter.outputIds(id).isEmpty(), copies);
    }

    /**
     * The first pass: each file's channels, then (only while some published channel may still lack one) the
     * channel of every programme and any {@code <channel>} after programmes, so that it and the missing
     * {@code <channel>}s ({@link UndescribedChannels}) are written before any programme. Programmes are noted by the byte-level {@link ProgrammeSkipper} and never parsed, except
     * the few the parser already holds when the channel section ends.
     */
    private static void writeChannels(List<Path> inputs, GuideFilter filter, XmlSink sink, Writer w,
                                      Set<String> written) throws IOException {
        SubtreeCopier copier = new SubtreeCopier();
        UndescribedChannels undescribed = new UndescribedChannels(filter);
        for (int i = 0; i < inputs.size(); i++) {
            boolean[] noting = {false};
            Predicate<String> passToParser = id -> {
                if (!noting[0]) {
                    return true;
                }
                undescribed.programmeOf(id);
                return false;
            };
            try (GuideSource src = GuideSource.open(inputs.get(i), null, passToParser)) {
                if (i == 0) {
                    writeHeader(sink, src.rootAttributes());
                }
                try {
                    for (String name = src.nextTopLevel(); name != null; name = src.nextTopLevel()) {
                        if (name.equals("programme")) {
                            if (!noting[0] && !filter.mayLackChannels(written)) {
                                break; // every published channel is described: the programmes can wait
                            }
                            noting[0] = true;
                            undescribed.programmeOf(src.attribute("channel"));
                            src.skipElement();
                            continue;
                        }
                        if (!name.equals("channel")) {
                            src.skipElement();
                            continue;
                        }
                        String channelId = src.attribute("id");
                        if (channelId != null && filter.outputIds(channelId).isEmpty()) {
                            src.skipElement(); // not published: no need to read it into an element
                            continue;
                        }
                        ChannelElement ch = ChannelElement.read(src.reader(), copier);
                        if (ch == null) {
                            Log.LOG.warn("{}:{}: <channel> without id attribute; left out", src.name(), src.line());
                            continue;
                        }
                        for (String id : filter.outputIds(ch.id())) {
                            // the same channel in two guides is published once; its programmes come from both
                            if (written.add(id)) {
                                ch.write(sink, id, filter.displayNames(id), filter.icons(id));
                            }
                        }
                        if (sink.length() > FLUSH_AT) {
                            sink.drainTo(w);
                        }
                    }
                } catch (XMLStreamException | WstxLazyException e) {
                    throw src.translate(e);
                }
            }
        }
        undescribed.write(sink, written, inputs.size() == 1 ? inputs.get(0).toString() : inputs.size() + " guides");
    }

    private static void streamProgrammes(GuideSource src, ProgrammeWriter programmes, XmlSink sink, Utf8Writer w)
            throws IOException {
        try {
            for (String name = src.nextTopLevel(); name != null; name = src.nextTopLevel()) {
                if (GuideSource.VERBATIM.equals(name)) {
                    programmes.copy(src, sink, w);
                } else if (name.equals("programme")) {
                    programmes.handle(src, sink);
                    if (sink.length() > FLUSH_AT) {
                        sink.drainTo(w);
                    }
                } else {
                    // a <channel> after programmes was written by the first pass, before every programme
                    src.skipElement();
                }
            }
            src.finish();
        } catch (XMLStreamException | WstxLazyException e) {
            throw src.translate(e);
        }
    }

    private static void writeHeader(XmlSink sink, List<String[]> rootAttributes) {
        sink.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tv SYSTEM \"xmltv.dtd\">\n<tv");
        for (String[] a : rootAttributes) {
            sink.attribute(a[0], a[1]);
        }
        sink.raw('>');
    }
}
