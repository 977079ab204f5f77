package dev.lineup.xmltv;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Kept programmes passed from the byte-level skip ({@link ProgrammeSkipper}) to the writer as they stand: each is
 * wrapped in a processing instruction whose target is made up per guide read, so no instruction of a guide's
 * own is ever taken for one. The parser passes over such an instruction as one token; the writer copies its data.
 */
final class VerbatimCopies {
    /** What the instruction's data lacks of the programme: the end of its end tag. */
    static final String END = "e>";

    private final Predicate<VerbatimProgramme> rule;
    private final VerbatimProgramme scanner = new VerbatimProgramme();
    private final String target = "lineup-verbatim-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() | 1L << 62);
    private final byte[] open = ("<?" + target + " ").getBytes(StandardCharsets.US_ASCII);
    private byte[] wrapped = new byte[4096];

    /** @param rule which verbatim programmes the writer would write unchanged (their channel, times) */
    VerbatimCopies(Predicate<VerbatimProgramme> rule) {
        this.rule = rule;
    }

    /**
     * End of the programme at {@code b[at]} if it may be copied, else {@link VerbatimProgramme#NOT_VERBATIM} or
     * {@link VerbatimProgramme#NEED_MORE}.
     */
    int end(byte[] b, int at, int limit) {
        int end = scanner.scan(b, at, limit);
        return end < 0 || rule.test(scanner) ? end : VerbatimProgramme.NOT_VERBATIM;
    }

    /**
     * The instruction that carries the programme {@code b[from, to)} ({@link #wrappedLength} bytes of a buffer
     * the next call reuses): its line breaks are the programme's own, and
     * it ends where the programme ended, so the parser reports what follows at the same line and column. For that
     * the last two bytes of {@code </programme>} give way to the instruction's {@code ?>}; {@link #END} puts them
     * back.
     */
    byte[] wrap(byte[] b, int from, int to) {
        int length = wrappedLength(from, to);
        if (wrapped.length < length) {
            wrapped = new byte[Math.max(length, wrapped.length * 2)];
        }
        System.arraycopy(open, 0, wrapped, 0, open.length);
        System.arraycopy(b, from, wrapped, open.length, to - from - 2);
        wrapped[length - 2] = '?';
        wrapped[length - 1] = '>';
        return wrapped;
    }

    /** Bytes {@link #wrap} writes for the programme {@code [from, to)}. */
    int wrappedLength(int from, int to) {
        return open.length + to - from;
    }

    /** Whether a processing instruction's target is ours: its data is a programme to copy as it is. */
    boolean isCopy(String piTarget) {
        return target.equals(piTarget);
    }
}
