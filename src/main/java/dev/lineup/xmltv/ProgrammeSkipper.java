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
 * entity or a line break, a tag longer than {@link #MAX_MARKUP} bytes), passes through to the parser untouched.
 * A removed programme leaves its line breaks behind (in an empty comment), so the parser's line numbers stay those
 * of the file; if the file ends inside one, its start tag is passed on so the parser reports the truncation.
 */
final class ProgrammeSkipper extends InputStream {
    static final int MAX_MARKUP = 1 << 20;
    /** A run of programmes taken out is handed on as one comment of at most about this many line breaks. */
    private static final int MAX_PENDING_NEWLINES = 1 << 16;
    private static final byte[] PROGRAMME = "programme".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_OPEN = "<!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_CLOSE = "-->".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final Predicate<String> keepChannel;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    /** Bytes {@code [pos, emitEnd)} are handed on as they are. */
    private int emitEnd;
    /** Line breaks of the programme being taken out. */
    private int newlines;
    private boolean afterCr;
    private byte[] tail = new byte[0];
    private int tailPos;
    /** Line breaks of programmes taken out but not yet handed on: a run of them becomes one comment. */
    private int pendingNewlines;
    private boolean pending;
    /** The start tag of the programme being taken out, for a file that ends inside it. */
    private byte[] startTag = new byte[256];
    private int startTagLength;
    /** The last {@code channel} value looked up and its answer: programmes come in runs of one channel. */
    private byte[] lastChannel = new byte[0];
    private boolean lastDropped;
    /** Element depth: 0 in the prolog, 1 inside {@code <tv>}. */
    private int depth;
    private boolean started;
    private boolean passThrough;
    private long skipped;

    ProgrammeSkipper(InputStream in, Predicate<String> keepChannel) {
        this.in = in;
        this.keepChannel = keepChannel;
    }

    /** Programmes taken out so far. */
    long skipped() {
        return skipped;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (tailPos < tail.length) {
                int n = Math.min(len, tail.length - tailPos);
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
        if (pending) {
            // what was taken out comes before anything scan() decided to hand on (read() sends the tail first)
            if (pendingNewlines > 0) {
                setTail(COMMENT_OPEN, pendingNewlines, COMMENT_CLOSE, 0);
            }
            pending = false;
            pendingNewlines = 0;
            return true;
        }
        return more;
    }

    private boolean scan() throws IOException {
        if (pos == limit && !more()) {
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
            int end = Markup.end(buf, limit, eof, lt);
            if (end < 0) {
                i = lt; // not all here yet
                break;
            }
            byte second = buf[lt + 1];
            if (second == '/') {
                depth--;
            } else if (second != '!' && second != '?') {
                boolean empty = buf[end - 2] == '/';
                if (depth == 1 && isProgramme(lt + 1) && dropsProgramme(lt, end)) {
                    if (lt > pos) {
                        emitEnd = lt; // hand on what comes before it first
                        return true;
                    }
                    if (!drop(end, empty) || pendingNewlines > MAX_PENDING_NEWLINES) {
                        emitEnd = pos;
                        return true;
                    }
                    i = pos; // and on to the next: a run of programmes taken out becomes one comment
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
     * Consumes the programme whose start tag is {@code [pos, end)} and the whitespace after it, adding their
     * line breaks to the pending comment: the parser counts all text between two elements against its size
     * limit, and the whitespace of a million programmes in a row (nothing else between them any more) passes
     * it. False if the file ends inside the programme: then its start tag is handed on (after the pending
     * comment) so the parser reports an unclosed programme.
     */
    private boolean drop(int end, boolean empty) throws IOException {
        skipped++;
        pending = true;
        afterCr = false;
        newlines = 0;
        countNewlines(pos, end);
        startTagLength = end - pos;
        if (startTag.length < startTagLength) {
            startTag = new byte[Math.max(startTagLength, startTag.length * 2)];
        }
        System.arraycopy(buf, pos, startTag, 0, startTagLength);
        pos = end;
        boolean whole = empty || skipToProgrammeEnd();
        if (whole) {
            skipWhitespace();
            pendingNewlines += newlines;
            return true;
        }
        setTail(COMMENT_OPEN, pendingNewlines + newlines, COMMENT_CLOSE, startTagLength);
        pending = false;
        pendingNewlines = 0;
        emitEnd = pos;
        return false;
    }

    /** The tail: {@code open}, that many line breaks, {@code close}, then the first bytes of {@link #startTag}. */
    private void setTail(byte[] open, int lineBreaks, byte[] close, int startTagBytes) {
        tail = new byte[open.length + lineBreaks + close.length + startTagBytes];
        System.arraycopy(open, 0, tail, 0, open.length);
        Arrays.fill(tail, open.length, open.length + lineBreaks, (byte) '\n');
        System.arraycopy(close, 0, tail, open.length + lineBreaks, close.length);
        System.arraycopy(startTag, 0, tail, open.length + lineBreaks + close.length, startTagBytes);
        tailPos = 0;
    }

    private boolean isProgramme(int nameStart) {
        int after = nameStart + PROGRAMME.length;
        if (after >= limit || !Arrays.equals(buf, nameStart, after, PROGRAMME, 0, PROGRAMME.length)) {
            return false;
        }
        byte c = buf[after];
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/';
    }

    /** Whether the programme start tag {@code [from, to)} names a channel that is not kept (unsure: kept). */
    private boolean dropsProgramme(int from, int to) {
        int i = from + 1 + PROGRAMME.length;
        while (i < to) {
            while (i < to && Markup.isSpace(buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < to && buf[i] != '=' && !Markup.isSpace(buf[i]) && buf[i] != '>' && buf[i] != '/') {
                i++;
            }
            int nameEnd = i;
            while (i < to && Markup.isSpace(buf[i])) {
                i++;
            }
            if (nameEnd == nameStart || i >= to || buf[i] != '=') {
                return false;
            }
            i++;
            while (i < to && Markup.isSpace(buf[i])) {
                i++;
            }
            if (i >= to || (buf[i] != '"' && buf[i] != '\'')) {
                return false;
            }
            int close = Bytes.indexOf(buf, buf[i], i + 1, to);
            if (close < 0) {
                return false;
            }
            if (nameEnd - nameStart == 7 && Markup.startsWith(buf, limit, nameStart, "channel")) {
                for (int k = i + 1; k < close; k++) {
                    byte c = buf[k];
                    if (c == '&' || c == '\n' || c == '\r' || c == '\t' || c == '<') {
                        return false; // entities and normalized whitespace: the parser's job
                    }
                }
                if (!Arrays.equals(buf, i + 1, close, lastChannel, 0, lastChannel.length)) {
                    lastChannel = Arrays.copyOfRange(buf, i + 1, close);
                    lastDropped = !keepChannel.test(new String(lastChannel, StandardCharsets.UTF_8));
                }
                return lastDropped;
            }
            i = close + 1;
        }
        return false; // no channel attribute: the parser's path reports and drops it
    }

    /**
     * Skips to just past the programme's end tag, counting line breaks; false if the input ends first. Text
     * cannot hold a raw '<', so only '<' needs a look: a comment or CDATA section is skipped whole.
     */
    private boolean skipToProgrammeEnd() throws IOException {
        // line breaks are counted over long spans, not between every two tags: from here to the end tag, or up
        // to the point where more() is about to drop the bytes already passed
        int counted = pos;
        while (true) {
            int lt = Bytes.indexOf(buf, (byte) '<', pos, limit);
            if (lt < 0) {
                countNewlines(counted, limit);
                pos = limit;
                if (!more()) {
                    return false;
                }
                counted = pos;
                continue;
            }
            pos = lt;
            int end;
            if (limit - lt < 12 || Markup.startsWith(buf, limit, lt, "<!--")
                    || Markup.startsWith(buf, limit, lt, "<![CDATA[") || Markup.startsWith(buf, limit, lt, "</programme")) {
                while ((end = Markup.end(buf, limit, eof, pos)) < 0) {
                    countNewlines(counted, pos);
                    if (!more()) {
                        return false;
                    }
                    counted = pos;
                }
            } else {
                end = lt + 1; // some other tag: its bytes are scanned like text
            }
            boolean closes = buf[pos + 1] == '/' && end - pos >= 12 && isProgramme(pos + 2);
            pos = end;
            if (closes) {
                countNewlines(counted, end);
                return true;
            }
        }
    }

    private void skipWhitespace() throws IOException {
        while (true) {
            while (pos < limit && Markup.isSpace(buf[pos])) {
                countNewlines(pos, pos + 1);
                pos++;
            }
            if (pos < limit || !more()) {
                return;
            }
        }
    }

    /** The document is UTF-8 (or ASCII): no other byte order mark, no other declared encoding. */
    private boolean isUtf8Document() throws IOException {
        while (limit - pos < 256 && !eof) {
            more();
        }
        return Bytes.isUtf8Document(buf, pos, limit);
    }

    /** Reads more: keeps {@code [pos, limit)} (moved to the start), grows up to {@link #MAX_MARKUP}. */
    private boolean more() throws IOException {
        if (eof) {
            return false;
        }
        int kept = limit - pos;
        if (kept == buf.length) {
            if (buf.length >= MAX_MARKUP) {
                return false;
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        System.arraycopy(buf, pos, buf, 0, kept);
        emitEnd = Math.max(0, emitEnd - pos);
        pos = 0;
        limit = kept;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** Counts line breaks (LF, CRLF, CR) of removed bytes; {@link #afterCr} carries a CR across calls. */
    private void countNewlines(int from, int to) {
        if (to - from >= 16 && Bytes.indexOf(buf, (byte) '\r', from, to) < 0) {
            // no CR (most files): count the LFs eight bytes at a time; an LF right after a CR ends a CRLF
            int start = afterCr && buf[from] == '\n' ? from + 1 : from;
            newlines += Bytes.count(buf, (byte) '\n', start, to);
            afterCr = false;
            return;
        }
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c == '\n') {
                if (!afterCr) {
                    newlines++;
                }
                afterCr = false;
            } else if (c == '\r') {
                newlines++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
