package dev.lineup.xmltv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Kept programmes passed from the byte-level skip ({@link ProgrammeSkipper}) to the writer as they stand. The
 * parser sees each as a short processing instruction (a stand-in) whose target is made up per guide read, so no
 * instruction of a guide's own is ever taken for one; the programme's bytes travel beside the parser's input, in
 * batches handed over with the blocks of {@link ReadAhead}, and the writer copies them when it meets the stand-in.
 * The parser no longer decodes the kept bytes into characters, nor the writer encodes them back.
 * <p>The skip thread calls {@link #end}, {@link #wrap} and {@link #takeBatch}; the parsing thread {@link #receive},
 * {@link #isCopy} and {@link #next}. A batch passes between them through the read-ahead queue, which orders the
 * two threads' views of it.
 */
final class VerbatimCopies {
    private final Predicate<VerbatimProgramme> rule;
    private final VerbatimProgramme scanner = new VerbatimProgramme();
    private final String target = "lineup-verbatim-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() | 1L << 62);
    private final byte[] open = ("<?" + target + " ").getBytes(StandardCharsets.US_ASCII);
    private byte[] standIn = new byte[256];
    /** The skip thread's batch being collected: programmes back to back, each ending at its {@code ends} entry. */
    private byte[] batch = new byte[1 << 16];
    private int batchLength;
    private int[] ends = new int[256];
    private int count;
    /** The parsing thread's batches received and not yet written out, oldest first. */
    private final ArrayDeque<Batch> received = new ArrayDeque<>();
    private int nextInFirst;

    /** Programmes copied from the skip thread, in order; {@code ends[i]} is where programme i ends in {@code bytes}. */
    record Batch(byte[] bytes, int[] ends, int count) {
    }

    /** @param rule which verbatim programmes the writer would write unchanged (their channel, times) */
    VerbatimCopies(Predicate<VerbatimProgramme> rule) {
        this.rule = rule;
    }

    /**
     * End of the programme at {@code b[at]} if it may be copied, else {@link VerbatimProgramme#NOT_VERBATIM} or
     * {@link VerbatimProgramme#NEED_MORE}. A programme all on one line is left to the parser: its stand-in could
     * not end at the same column.
     */
    int end(byte[] b, int at, int limit) {
        int end = scanner.scan(b, at, limit);
        if (end < 0) {
            return end;
        }
        return rule.test(scanner) && lastLineChars(b, at, end) >= 0 ? end : VerbatimProgramme.NOT_VERBATIM;
    }

    /**
     * Adds the programme {@code b[from, to)} to the batch and returns the length of its stand-in ({@link #standIn}
     * bytes, a buffer the next call reuses): as many line breaks as the programme, and a last line of as many
     * characters, so the parser reports what follows at the same line and column as in the file.
     */
    int wrap(byte[] b, int from, int to) {
        add(b, from, to);
        int lineBreaks = Bytes.count(b, (byte) '\n', from, to);
        int lastLine = lastLineChars(b, from, to);
        int length = open.length + lineBreaks + lastLine;
        if (standIn.length < length) {
            standIn = new byte[Math.max(length, standIn.length * 2)];
        }
        System.arraycopy(open, 0, standIn, 0, open.length);
        Arrays.fill(standIn, open.length, open.length + lineBreaks, (byte) '\n');
        Arrays.fill(standIn, open.length + lineBreaks, length - 2, (byte) ' ');
        standIn[length - 2] = '?';
        standIn[length - 1] = '>';
        return length;
    }

    /** The stand-in {@link #wrap} made last. */
    byte[] standIn() {
        return standIn;
    }

    /** Bytes of programmes in the batch being collected. */
    int batchBytes() {
        return batchLength;
    }

    /** The programmes copied since the last call, or null if none; the skip thread starts a new batch. */
    Batch takeBatch() {
        if (count == 0) {
            return null;
        }
        Batch taken = new Batch(Arrays.copyOf(batch, batchLength), Arrays.copyOf(ends, count), count);
        batchLength = 0;
        count = 0;
        return taken;
    }

    /** On the parsing thread: a batch handed over with a block of the parser's input. */
    void receive(Batch b) {
        received.add(b);
    }

    /** Whether a processing instruction's target is ours: it stands in for the next copied programme. */
    boolean isCopy(String piTarget) {
        return target.equals(piTarget);
    }

    /** The next copied programme (after its stand-in was parsed), from its start tag to its end tag. */
    void next(ByteSink out) throws java.io.IOException {
        Batch first = received.peek();
        if (first == null) {
            throw new IllegalStateException("a copied programme's stand-in came before its bytes");
        }
        int from = nextInFirst == 0 ? 0 : first.ends[nextInFirst - 1];
        out.write(first.bytes, from, first.ends[nextInFirst] - from);
        if (++nextInFirst == first.count) {
            received.poll();
            nextInFirst = 0;
        }
    }

    /** Where {@link #next} writes a programme's bytes. */
    interface ByteSink {
        void write(byte[] b, int off, int len) throws java.io.IOException;
    }

    private void add(byte[] b, int from, int to) {
        int n = to - from;
        if (batch.length < batchLength + n) {
            batch = Arrays.copyOf(batch, Math.max(batchLength + n, batch.length * 2));
        }
        System.arraycopy(b, from, batch, batchLength, n);
        batchLength += n;
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = batchLength;
    }

    /**
     * Columns after the last line break of {@code b[from, to)} as the parser counts them (UTF-16 units),
     * or -1 if there is none or the line is too short to end with the stand-in's {@code ?>}.
     */
    private static int lastLineChars(byte[] b, int from, int to) {
        int chars = 0;
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '\n') {
                return chars >= 2 ? chars : -1;
            }
            if ((b[i] & 0xF8) == 0xF0) {
                chars += 2; // a character beyond U+FFFF: the parser counts its two UTF-16 units
            } else if ((b[i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        return -1;
    }
}
