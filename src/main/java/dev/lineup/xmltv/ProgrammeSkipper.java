package dev.lineup.xmltv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The guide's bytes with the programmes of channels that are not kept taken out before the XML parser sees
 * them: a guide filtered to a tenth of its channels no longer pays for tokenizing, decoding and checking the
 * nine tenths it throws away. Works on the bytes of a UTF-8 (or ASCII) document, whose markup is ASCII; a
 * document in any other encoding, or anything this scanner is not sure of (a {@code channel} attribute with an
 * entity or a line break, a tag longer than {@link SkipWindow#MAX_MARKUP} bytes), passes through to the parser untouched.
 * Removed programmes leave their line breaks behind (in a stand-in per run of them, {@link SkippedRun}), so the
 * parser's line numbers stay those of the file; if the file ends inside one, its start tag is passed on so the
 * parser reports the truncation.
 * <p>With {@link VerbatimCopies}, a kept programme that the writer would write out unchanged
 * ({@link VerbatimProgramme}) is taken out too and its bytes go to the writer beside the parser's input: the parser
 * passes over a few bytes instead of parsing every element, attribute and text, and the writer copies the programme
 * as it stands when it meets the stand-in of its run.
 */
final class ProgrammeSkipper extends SkipWindow {
    /** Programmes longer than this are left to the parser rather than copied (the buffer grows to hold one). */
    private static final int MAX_COPY = 1 << 18;
    /** A run of programmes taken out is handed on as one comment of at most about this many line breaks. */
    private static final int MAX_PENDING_NEWLINES = 1 << 16;
    private static final byte[] PROGRAMME = "programme".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PROGRAMME_END = "</programme>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHANNEL = "channel".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHANNEL_END = "</channel>".getBytes(StandardCharsets.US_ASCII);
    /** A run's copies are handed on once they hold about this many bytes (the read-ahead's block: memory bounded). */
    private static final int MAX_RUN_COPIES = 1 << 16;

    /** Finds the markup of the programme being taken out and counts its line breaks. */
    private final LineBreakScanner lines = new LineBreakScanner();
    /** Reads a programme start tag in one pass (where it ends, its channel, its line breaks). */
    private final ProgrammeStartTag startTagReader = new ProgrammeStartTag();
    private byte[] tail = new byte[0];
    private int tailPos;
    private int tailLength;
    /** Programmes taken out (dropped or copied) but not yet handed on: a run of them becomes one stand-in. */
    private final SkippedRun run = new SkippedRun();
    /** The start tag of the programme being taken out, for a file that ends inside it. */
    private byte[] startTag = new byte[256];
    private int startTagLength;
    private final DroppedChannels dropped;
    /** Element depth: 0 in the prolog, 1 inside {@code <tv>}. */
    private int depth;
    private boolean started;
    private boolean passThrough;
    /** Read by the parser's thread once the stream is done (see {@link ReadAhead}). */
    private volatile long skipped;
    /** Kept programmes copied as they stand; null: none (also once an internal DTD subset was seen). */
    private VerbatimCopies copies;
    /** Channels are taken out too ({@link #dropChannels}); the element being taken out: its name, its end tag. */
    private boolean dropsChannels;
    private byte[] dropName = PROGRAMME;
    private byte[] dropEnd = PROGRAMME_END;
    /** The tag where this skip is to end ({@link #stopAt}), in bytes from the input's start; -1: none. */
    private long stopAt = -1;
    private volatile boolean stopped;
    ProgrammeSkipper(InputStream in, Predicate<String> keepChannel) {
        this(in, keepChannel, null);
    }

    ProgrammeSkipper(InputStream in, Predicate<String> keepChannel, VerbatimCopies copies) {
        super(in);
        this.dropped = new DroppedChannels(keepChannel);
        this.copies = copies;
    }

    /** Programmes taken out so far. */
    long skipped() {
        return skipped;
    }

    /**
     * A skip of the rest of a guide from a programme's start tag on, where another skip stopped ({@link #stopAt}):
     * inside {@code <tv>}, in a UTF-8 document (the caller checked its prolog), no internal DTD subset.
     */
    static ProgrammeSkipper fromProgramme(InputStream in, Predicate<String> keepChannel, VerbatimCopies copies) {
        ProgrammeSkipper s = new ProgrammeSkipper(in, keepChannel, copies);
        s.started = true;
        s.depth = 1;
        return s;
    }

    /**
     * Takes every {@code <channel>} out too, for a reader of the programmes alone: the parser no longer reads the
     * channels a second time (they were written by a pass of their own).
     */
    void dropChannels() {
        dropsChannels = true;
    }

    /**
     * Ends the stream at the tag at byte {@code offset} of the input, if it meets it there as a child of {@code <tv>}
     * ({@link #stoppedThere}); if it meets none there (the offset is inside a comment, say), it reads to the end.
     */
    void stopAt(long offset) {
        stopAt = offset;
    }

    /** Whether the stream ended at the tag {@link #stopAt} named; known once it returned -1. */
    boolean stoppedThere() {
        return stopped;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (tailPos < tailLength) {
                int n = Math.min(len, tailLength - tailPos);
                System.arraycopy(tail, tailPos, b, off, n);
                tailPos += n;
                return n;
            }
            if (pos < emitEnd) {
                int n = Math.min(len, emitEnd - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
            if (!advance()) {
                return -1;
            }
        }
    }

    /**
     * Decides what the bytes from {@link #pos} become: as long a run as possible is handed on whole (the parser
     * reads big blocks), up to the next programme to take out, which is then consumed. False at the end.
     */
    private boolean advance() throws IOException {
        boolean more = scan();
        if (run.isOpen()) {
            // what was taken out comes before anything scan() decided to hand on (read() sends the tail first)
            setTail(0);
            return true;
        }
        return more;
    }

    private boolean scan() throws IOException {
        if (stopped || pos == limit && !more()) {
            return false;
        }
        if (!started) {
            started = true;
            passThrough = !isUtf8Document();
        }
        if (passThrough) {
            emitEnd = limit;
            return true;
        }
        int i = pos;
        while (i < limit) {
            int lt = Bytes.indexOf(buf, (byte) '<', i, limit);
            if (lt < 0) {
                i = limit;
                break;
            }
            if (stopAt >= 0 && base + lt >= stopAt) {
                if (base + lt == stopAt && depth == 1) {
                    stopped = true;
                    emitEnd = lt;
                    return true;
                }
                stopAt = -1; // passed over: no stop
            }
            boolean read = depth == 1 && isProgramme(lt + 1) && startTagReader.scan(buf, lt, limit);
            int end = read ? startTagReader.end : Markup.end(buf, limit, eof, lt);
            if (end < 0) {
                i = lt; // not all here yet
                break;
            }
            byte second = buf[lt + 1];
            if (second == '/') {
                depth--;
            } else if (second == '!' || second == '?') {
                if (depth == 0 && Markup.changesMeaning(buf, lt, end)) {
                    copies = null;
                }
            } else {
                boolean empty = buf[end - 2] == '/';
                boolean programme = read || depth == 1 && isProgramme(lt + 1);
                if (programme && (read ? startTagReader.drops(buf, dropped)
                        : ProgrammeStartTag.drops(buf, limit, lt, end, dropped))) {
                    if (lt > pos && !spaceInRun(lt)) {
                        emitEnd = lt; // hand on what comes before it first
                        return true;
                    }
                    if (!drop(end, empty, read ? startTagReader.lineBreaks : -1, PROGRAMME, PROGRAMME_END)
                            || runIsFull()) {
                        emitEnd = pos;
                        return true;
                    }
                    i = pos; // and on to the next: a run of programmes taken out becomes one stand-in
                    continue;
                }
                if (programme && copies != null && !empty) {
                    int copyEnd = copyEnd(lt);
                    if (copyEnd == VerbatimProgramme.NEED_MORE) {
                        i = lt;
                        break;
                    }
                    if (copyEnd >= 0) {
                        if (lt > pos && !spaceInRun(lt)) {
                            emitEnd = lt; // what comes before it first
                            return true;
                        }
                        run.copied(copies.copy(buf, pos, copyEnd), copies.lastLineChars());
                        pos = copyEnd;
                        if (runIsFull()) {
                            emitEnd = pos;
                            return true;
                        }
                        i = pos;
                        continue;
                    }
                }
                if (dropsChannels && depth == 1 && isName(lt + 1, CHANNEL)) {
                    if (lt > pos && !spaceInRun(lt)) {
                        emitEnd = lt;
                        return true;
                    }
                    if (!drop(end, empty, -1, CHANNEL, CHANNEL_END) || runIsFull()) {
                        emitEnd = pos;
                        return true;
                    }
                    i = pos;
                    continue;
                }
                if (!empty) {
                    depth++;
                }
            }
            i = end;
        }
        if (i == pos) {
            // a construct at pos is cut by the buffer's end: read on (or give up on it at the end of the input)
            if (!more()) {
                passThrough = true;
            }
            emitEnd = passThrough ? limit : pos;
            return true;
        }
        emitEnd = i;
        return true;
    }

    /**
     * Consumes the programme whose start tag is {@code [pos, end)} (holding {@code tagLineBreaks} line breaks;
     * -1: not counted yet) and the whitespace after it, adding their line breaks to the run: the parser counts all
     * text between two elements against its size limit, and the whitespace of a million programmes in a row
     * (nothing else between them any more) passes it. False if the file ends inside the programme: then its start
     * tag is handed on (after the run's stand-in) so the parser reports an unclosed programme.
     */
    private boolean drop(int end, boolean empty, int tagLineBreaks, byte[] name, byte[] endTag) throws IOException {
        if (name == PROGRAMME) {
            skipped++;
        }
        dropName = name;
        dropEnd = endTag;
        lines.reset();
        if (tagLineBreaks >= 0) {
            lines.add(tagLineBreaks);
        } else {
            lines.count(buf, pos, end);
        }
        startTagLength = end - pos;
        if (startTag.length < startTagLength) {
            startTag = new byte[Math.max(startTagLength, startTag.length * 2)];
        }
        System.arraycopy(buf, pos, startTag, 0, startTagLength);
        pos = end;
        boolean whole = empty || skipToEnd();
        if (whole) {
            skipWhitespace(lines);
        }
        run.dropped(lines.lineBreaks());
        if (whole) {
            return true;
        }
        setTail(startTagLength);
        emitEnd = pos;
        return false;
    }

    /**
     * End of the programme at {@code b[lt]} if it is to be copied as it stands, else
     * {@link VerbatimProgramme#NOT_VERBATIM}, or {@link VerbatimProgramme#NEED_MORE} (not all in the buffer yet).
     */
    private int copyEnd(int lt) {
        int end = copies.end(buf, lt, limit);
        if (end == VerbatimProgramme.NEED_MORE && (eof || limit - lt >= MAX_COPY)) {
            return VerbatimProgramme.NOT_VERBATIM;
        }
        return end;
    }

    /**
     * Whether {@code [pos, lt)}, before a programme to take out, joins the run being taken out (whitespace after one of
     * its programmes): then it is consumed and its line breaks counted.
     */
    private boolean spaceInRun(int lt) {
        if (!run.isOpen()) {
            return false;
        }
        for (int i = pos; i < lt; i++) {
            if (!Markup.isSpace(buf[i])) {
                return false;
            }
        }
        lines.reset();
        lines.count(buf, pos, lt);
        run.space(lines.lineBreaks());
        pos = lt;
        return true;
    }

    private boolean runIsFull() {
        return run.lineBreaks() > MAX_PENDING_NEWLINES || copies != null && copies.batchBytes() >= MAX_RUN_COPIES;
    }

    /** The tail: the run's stand-in, then the first bytes of {@link #startTag}. */
    private void setTail(int startTagBytes) {
        if (copies != null) {
            copies.closeGroup();
        }
        tail = run.standIn(copies == null ? null : copies.standInOpen(), startTag, startTagBytes);
        tailLength = tail.length;
        tailPos = 0;
    }

    private boolean isProgramme(int nameStart) {
        return isName(nameStart, PROGRAMME);
    }

    /**
     * Skips to just past the end tag of the element being taken out (a programme or a channel), counting line breaks;
     * false if the input ends first. Text cannot hold a raw '<', so only '<' needs a look: an end tag (is it the
     * element's? a plain {@code </programme>} is told by one compare, any other end tag's bytes are scanned like
     * text), a comment or CDATA section (skipped whole: it may hold a '<'); any other tag's bytes are scanned like text.
     */
    private boolean skipToEnd() throws IOException {
        while (true) {
            int lt = lines.toEndOrComment(buf, pos, limit, dropEnd.length);
            if (lt < 0) {
                pos = limit;
                if (!more()) {
                    return false;
                }
                continue;
            }
            pos = lt;
            if (lt + dropEnd.length <= limit && buf[lt + 1] == '/') {
                if (Arrays.equals(buf, lt, lt + dropEnd.length, dropEnd, 0, dropEnd.length)) {
                    pos = lt + dropEnd.length;
                    return true;
                }
                if (!isName(lt + 2, dropName)) {
                    pos = lt + 2; // a child's end tag: its name and '>' are scanned like text
                    continue;
                }
            }
            byte second = lt + 1 < limit ? buf[lt + 1] : 0;
            if (second != '/' && second != '!' && second != 0) {
                pos = lt + 1;
                continue;
            }
            int end = second == '/' ? Markup.plainEndTag(buf, pos, limit) : -1; // no line break in it
            if (end < 0) {
                while ((end = Markup.end(buf, limit, eof, pos)) < 0) {
                    if (!more()) {
                        return false;
                    }
                }
                lines.count(buf, pos, end);
            }
            boolean closes = buf[pos + 1] == '/' && isName(pos + 2, dropName);
            pos = end;
            if (closes) {
                return true;
            }
        }
    }


}
