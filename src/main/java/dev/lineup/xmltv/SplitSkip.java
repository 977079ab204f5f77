package dev.lineup.xmltv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * A big plain guide rid of unkept programmes by two skips at once, each on a thread of its own: one from the start,
 * one from the first programme past the middle of the file. The byte-level skip ({@link ProgrammeSkipper}) is most of
 * the work of filtering a guide, and the parser, which now sees little, leaves the second core idle. The parser reads
 * the first skip's stream and then the second's: the same bytes, stand-ins and copies as one skip would hand on.
 * <p>The first skip ends at the second one's start only if it meets that programme's start tag there as a child of
 * {@code <tv>} (a {@code <programme} inside a comment, say, is no place to split); else it reads on to the end and
 * the second skip's work is dropped. The second skip runs at most {@link #SECOND_AHEAD} blocks (about 16 MB, twice
 * that with copies) ahead of the parser, so memory stays bounded whatever the guide's size.
 */
final class SplitSkip extends BlockInputStream {
    /** Smaller guides are skipped by one thread: a second one would not pay for itself. */
    static final long MIN_BYTES = 32L << 20;
    private static final int SECOND_AHEAD = 256;
    /** The first skip runs ahead of the parser too (4 MB): it is not held up while the parser reads the channels. */
    private static final int FIRST_AHEAD = 64;
    /** How far past the middle a programme start tag is looked for, and how much of the head is checked. */
    private static final int LOOK = 1 << 16;
    private static final byte[] PROGRAMME_TAG = "<programme".getBytes(StandardCharsets.US_ASCII);

    private final ProgrammeSkipper first;
    private final ProgrammeSkipper second;
    private final ReadAhead firstAhead;
    private final ReadAhead secondAhead;
    private final long size;
    private final LongConsumer onBytes;
    private long firstRead;
    private long secondRead;
    private boolean inSecond;
    private boolean ended;

    private SplitSkip(Path file, long split, long size, LongConsumer onBytes, Predicate<String> keepChannel,
                      VerbatimCopies copies) throws IOException {
        this.size = size;
        this.onBytes = onBytes;
        String name = file.getFileName().toString();
        first = new ProgrammeSkipper(new GuideInput.Counting(Files.newInputStream(file), n -> report(n, -1)),
                keepChannel, copies);
        first.stopAt(split);
        FileChannel rest = FileChannel.open(file).position(split);
        VerbatimCopies secondCopies = copies == null ? null : copies.forSecondSkip();
        second = ProgrammeSkipper.fromProgramme(new GuideInput.Counting(Channels.newInputStream(rest),
                n -> report(-1, n)), keepChannel, secondCopies);
        first.dropChannels();
        second.dropChannels();
        firstAhead = new ReadAhead(first, name, copies, copies, FIRST_AHEAD);
        secondAhead = new ReadAhead(second, name + " (second half)", secondCopies, copies, SECOND_AHEAD);
    }

    /**
     * The guide's bytes with unkept programmes taken out by two skips, or null if it is not one to split: smaller
     * than {@link #MIN_BYTES}, compressed, not UTF-8, with an internal DTD subset (which may change what its
     * programmes mean), or without a programme start tag just past its middle.
     */
    static SplitSkip open(Path file, LongConsumer onBytes, Predicate<String> keepChannel, VerbatimCopies copies)
            throws IOException {
        long size = Files.size(file);
        if (size < MIN_BYTES) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(file)) {
            byte[] head = read(ch, 0);
            if (GuideFormat.of(head, head.length) != GuideFormat.PLAIN
                    || !Bytes.isUtf8Document(head, 0, head.length) || hasInternalSubset(head)) {
                return null;
            }
            long middle = size / 2;
            int at = programmeStart(read(ch, middle));
            if (at < 0) {
                return null;
            }
            return new SplitSkip(file, middle + at, size, onBytes, keepChannel, copies);
        }
    }

    /** Programmes taken out by both skips (the second one's only if its work was used). */
    long skipped() {
        return first.skipped() + (inSecond ? second.skipped() : 0);
    }

    /** Whether the second skip's work was used (known at the end of the stream). */
    boolean usedSecondSkip() {
        return inSecond;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (true) {
            int n = (inSecond ? secondAhead : firstAhead).read(b, off, len);
            if (n >= 0 || inSecond || ended) {
                return n;
            }
            // the first skip ended: where the second began, or (it never met that tag) at the end of the guide
            if (!first.stoppedThere()) {
                ended = true;
                secondAhead.close();
                return -1;
            }
            inSecond = true;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            firstAhead.close();
        } finally {
            secondAhead.close();
        }
    }

    /** Progress: the bytes both skips have read, at most the file's size (the first reads it all if it must). */
    private synchronized void report(long firstBytes, long secondBytes) {
        if (firstBytes >= 0) {
            firstRead = firstBytes;
        }
        if (secondBytes >= 0) {
            secondRead = secondBytes;
        }
        if (onBytes != null) {
            onBytes.accept(Math.min(size, firstRead + secondRead));
        }
    }

    private static byte[] read(FileChannel ch, long from) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(LOOK, ch.size() - from));
        while (b.hasRemaining() && ch.read(b, from + b.position()) > 0) {
            // read until full or the end
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    /** Whether the head's DOCTYPE, if any, has an internal subset ('[' before its end). */
    private static boolean hasInternalSubset(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int doctype = text.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            return false;
        }
        int end = text.indexOf('>', doctype);
        int bracket = text.indexOf('[', doctype);
        return end < 0 || bracket >= 0 && bracket < end;
    }

    /** The first {@code <programme} start tag at the start of a line (after its indent), or -1. */
    private static int programmeStart(byte[] b) {
        for (int i = 1; i + PROGRAMME_TAG.length < b.length; i++) {
            if (b[i] == '<' && java.util.Arrays.equals(b, i, i + PROGRAMME_TAG.length, PROGRAMME_TAG, 0,
                    PROGRAMME_TAG.length) && Markup.isSpace(b[i + PROGRAMME_TAG.length]) && lineStart(b, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean lineStart(byte[] b, int at) {
        int i = at - 1;
        while (i >= 0 && (b[i] == ' ' || b[i] == '\t')) {
            i--;
        }
        return i >= 0 && (b[i] == '\n' || b[i] == '\r');
    }
}
