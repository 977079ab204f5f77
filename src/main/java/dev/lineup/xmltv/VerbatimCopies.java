package dev.lineup.xmltv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Kept programmes passed from the byte-level skip ({@link ProgrammeSkipper}) to the writer as they stand. The
 * parser sees a run of them (with the dropped programmes between) as one short processing instruction (a stand-in,
 * {@link SkippedRun}) whose target is made up per guide read, so no instruction of a guide's own is ever taken for
 * one; the programmes' bytes travel beside the parser's input, in batches handed over with the blocks of
 * {@link ReadAhead}, and the writer copies the run's programmes when it meets the stand-in.
 * The parser no longer decodes the kept bytes into characters, nor the writer encodes them back.
 * <p>The skip thread calls {@link #end}, {@link #copy}, {@link #closeGroup} and {@link #takeBatch}; the parsing
 * thread {@link #receive}, {@link #isCopy} and {@link #next}. A batch passes between them through the read-ahead
 * queue, which orders the two threads' views of it.
 */
final class VerbatimCopies {
    private final Predicate<VerbatimProgramme> rule;
    private final VerbatimProgramme scanner = new VerbatimProgramme();
    private final String target;
    private final byte[] open;
    /** The skip thread's batch being collected: programmes back to back, each ending at its {@code ends} entry. */
    private byte[] batch = new byte[1 << 16];
    private int batchLength;
    private int[] ends = new int[256];
    private int count;
    /** How many programmes each stand-in of the batch stands for, and those copied for the stand-in being made. */
    private int[] groups = new int[64];
    private int groupCount;
    private int groupOpen;
    /** {@link #lastLineChars()}. */
    private int lastLine;
    /** The parsing thread's batches received and not yet written out, oldest first. */
    private final ArrayDeque<Batch> received = new ArrayDeque<>();
    private int nextInFirst;
    private int nextGroupInFirst;

    /**
     * Programmes copied from the skip thread, in order; {@code ends[i]} is where programme i ends in {@code bytes};
     * {@code groups[g]} is how many of them stand-in g (of the batch's blocks) stands for.
     */
    record Batch(byte[] bytes, int[] ends, int count, int[] groups) {
    }

    /** @param rule which verbatim programmes the writer would write unchanged (their channel, times) */
    VerbatimCopies(Predicate<VerbatimProgramme> rule) {
        this(rule, "lineup-verbatim-" + Long.toHexString(ThreadLocalRandom.current().nextLong() | 1L << 62));
    }

    private VerbatimCopies(Predicate<VerbatimProgramme> rule, String target) {
        this.rule = rule;
        this.target = target;
        this.open = ("<?" + target + " ").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Copies for a second skip of the same guide ({@link SplitSkip}): the same rule and stand-ins, its own batches,
     * which the reader hands to this one's {@link #receive} in the order of the guide.
     */
    VerbatimCopies forSecondSkip() {
        return new VerbatimCopies(rule, target);
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
        lastLine = lastLineChars(b, at, end);
        return rule.test(scanner) && lastLine >= 0 ? end : VerbatimProgramme.NOT_VERBATIM;
    }

    /**
     * Adds the programme {@code b[from, to)}, which {@link #end} allowed, to the batch, in the group of the stand-in
     * being made ({@link SkippedRun}); returns its line breaks. {@link #lastLineChars()} is then its last line's.
     */
    int copy(byte[] b, int from, int to) {
        add(b, from, to);
        groupOpen++;
        return Bytes.count(b, (byte) '\n', from, to);
    }

    /** Characters of the last line of the programme {@link #end} allowed last (at least 2). */
    int lastLineChars() {
        return lastLine;
    }

    /** The programmes copied since the last call make up one stand-in's group: the writer copies them together. */
    void closeGroup() {
        if (groupOpen == 0) {
            return;
        }
        if (groupCount == groups.length) {
            groups = Arrays.copyOf(groups, groupCount * 2);
        }
        groups[groupCount++] = groupOpen;
        groupOpen = 0;
    }

    /** How a stand-in starts: the processing instruction's target (made up per guide read) and a space. */
    byte[] standInOpen() {
        return open;
    }

    /** Bytes of programmes in the batch being collected. */
    int batchBytes() {
        return batchLength;
    }

    /**
     * The programmes copied since the last call, or null if none; the skip thread starts a new batch. Called between
     * two reads of the skip, which closes every group it opens before its read returns.
     */
    Batch takeBatch() {
        if (groupOpen != 0) {
            throw new IllegalStateException("a batch taken while its stand-in is being made");
        }
        if (count == 0) {
            return null;
        }
        Batch taken = new Batch(Arrays.copyOf(batch, batchLength), Arrays.copyOf(ends, count), count,
                Arrays.copyOf(groups, groupCount));
        batchLength = 0;
        count = 0;
        groupCount = 0;
        return taken;
    }

    /** On the parsing thread: a batch handed over with a block of the parser's input. */
    void receive(Batch b) {
        received.add(b);
    }

    /** Whether a processing instruction's target is ours: it stands in for the next group of copied programmes. */
    boolean isCopy(String piTarget) {
        return target.equals(piTarget);
    }

    /**
     * The next group of copied programmes (after their stand-in was parsed), each from its start tag to its end tag
     * and after {@code before}; returns how many.
     */
    int next(ByteSink out, byte[] before) throws java.io.IOException {
        Batch first = received.peek();
        if (first == null) {
            throw new IllegalStateException("a copied programme's stand-in came before its bytes");
        }
        int n = first.groups[nextGroupInFirst++];
        for (int k = 0; k < n; k++) {
            int from = nextInFirst == 0 ? 0 : first.ends[nextInFirst - 1];
            out.write(before, 0, before.length);
            out.write(first.bytes, from, first.ends[nextInFirst] - from);
            nextInFirst++;
        }
        if (nextInFirst == first.count) {
            received.poll();
            nextInFirst = 0;
            nextGroupInFirst = 0;
        }
        return n;
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
