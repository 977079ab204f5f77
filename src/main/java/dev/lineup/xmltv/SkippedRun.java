package dev.lineup.xmltv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run of programmes the byte-level skip ({@link ProgrammeSkipper}) takes out of the parser's input, one after
 * the other: those of unkept channels (dropped) and kept ones copied as they stand ({@link VerbatimCopies}), with
 * the whitespace between them. The parser gets one short stand-in for the whole run. In most guides the channels'
 * programmes interleave, so a guide filtered to a tenth of its channels used to cost the parser two events per
 * kept programme (the comment of the dropped ones before it, its own stand-in); now it costs one per run, which
 * ends only at something the parser must see, at a refill of the skip's buffer or at a bounded size.
 * <p>The stand-in keeps the parser's line numbers those of the file: it holds the run's line breaks. A run that ends
 * with a copied programme ends at that programme's column (a processing instruction whose last line is as long);
 * one that ends with a dropped programme ends as a comment of its line breaks alone did before (line exact).
 */
final class SkippedRun {
    private static final byte[] COMMENT_OPEN = "<!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_CLOSE = "-->".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INSTRUCTION_CLOSE = "?>".getBytes(StandardCharsets.US_ASCII);

    private boolean open;
    private int lineBreaks;
    private int copied;
    /** At least 2 when the run ends with a copied programme: the characters of its last line; else -1. */
    private int lastLineChars = -1;

    boolean isOpen() {
        return open;
    }

    int lineBreaks() {
        return lineBreaks;
    }

    /** A programme taken out, with the whitespace after it, holding that many line breaks. */
    void dropped(int breaks) {
        open = true;
        lineBreaks += breaks;
        lastLineChars = -1;
    }

    /** A programme copied, from its start tag to its end tag; its last line has {@code lastLine} characters (≥ 2). */
    void copied(int breaks, int lastLine) {
        open = true;
        copied++;
        lineBreaks += breaks;
        lastLineChars = lastLine;
    }

    /** Whitespace between two programmes of the run. */
    void space(int breaks) {
        lineBreaks += breaks;
        lastLineChars = -1;
    }

    /**
     * The stand-in for the run, followed by the first {@code extraBytes} of {@code extra} (the start tag of a
     * programme the file ends in, so the parser reports it), and a fresh run begins. {@code instructionOpen} is the
     * start of the copies' processing instruction (its target and a space), unused when nothing was copied.
     */
    byte[] standIn(byte[] instructionOpen, byte[] extra, int extraBytes) {
        int breaks = lineBreaks;
        boolean copies = copied > 0;
        boolean endsAtColumn = copies && lastLineChars >= INSTRUCTION_CLOSE.length && extraBytes == 0;
        int length;
        byte[] b;
        if (endsAtColumn) {
            // <?target, the line breaks, then a last line of the copied programme's length ending with ?>
            length = instructionOpen.length + breaks + lastLineChars;
            b = new byte[length];
            System.arraycopy(instructionOpen, 0, b, 0, instructionOpen.length);
            Arrays.fill(b, instructionOpen.length, instructionOpen.length + breaks, (byte) '\n');
            Arrays.fill(b, instructionOpen.length + breaks, length - 2, (byte) ' ');
            b[length - 2] = '?';
            b[length - 1] = '>';
        } else {
            int instruction = copies ? instructionOpen.length + INSTRUCTION_CLOSE.length : 0;
            int comment = breaks > 0 ? COMMENT_OPEN.length + breaks + COMMENT_CLOSE.length : 0;
            length = instruction + comment + extraBytes;
            b = new byte[length];
            int at = 0;
            if (copies) {
                System.arraycopy(instructionOpen, 0, b, 0, instructionOpen.length);
                System.arraycopy(INSTRUCTION_CLOSE, 0, b, instructionOpen.length, INSTRUCTION_CLOSE.length);
                at = instruction;
            }
            if (comment > 0) {
                System.arraycopy(COMMENT_OPEN, 0, b, at, COMMENT_OPEN.length);
                Arrays.fill(b, at + COMMENT_OPEN.length, at + COMMENT_OPEN.length + breaks, (byte) '\n');
                System.arraycopy(COMMENT_CLOSE, 0, b, at + COMMENT_OPEN.length + breaks, COMMENT_CLOSE.length);
                at += comment;
            }
            System.arraycopy(extra, 0, b, at, extraBytes);
        }
        open = false;
        lineBreaks = 0;
        copied = 0;
        lastLineChars = -1;
        return b;
    }
}
