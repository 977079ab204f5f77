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
            int end = markupEnd(lt);
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
                    drop(end, empty);
                    return true;
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
     * Consumes the programme whose start tag is {@code [pos, end)} and the whitespace after it, leaving only their
     * line breaks, inside a comment: the parser counts all text between two elements against its size limit, and
     * the whitespace of a million programmes in a row (nothing else between them any more) passes it.
     */
    private void drop(int end, boolean empty) throws IOException {
        skipped++;
        afterCr = false;
        newlines = 0;
        countNewlines(pos, end);
        byte[] startTag = Arrays.copyOfRange(buf, pos, end);
        pos = end;
        boolean whole = empty || skipToProgrammeEnd();
        if (whole) {
            skipWhitespace();
        }
        // the file ends inside it: let the parser see an unclosed programme
        byte[] open = whole ? COMMENT_OPEN : new byte[0];
        byte[] close = whole ? COMMENT_CLOSE : startTag;
        tail = new byte[open.length + newlines + close.length];
        System.arraycopy(open, 0, tail, 0, open.length);
        Arrays.fill(tail, open.length, open.length + newlines, (byte) '\n');
        System.arraycopy(close, 0, tail, open.length + newlines, close.length);
        tailPos = 0;
        emitEnd = pos;
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
            while (i < to && isSpace(buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < to && buf[i] != '=' && !isSpace(buf[i]) && buf[i] != '>' && buf[i] != '/') {
                i++;
            }
            int nameEnd = i;
            while (i < to && isSpace(buf[i])) {
                i++;
            }
            if (nameEnd == nameStart || i >= to || buf[i] != '=') {
                return false;
            }
            i++;
            while (i < to && isSpace(buf[i])) {
                i++;
            }
            if (i >= to || (buf[i] != '"' && buf[i] != '\'')) {
                return false;
            }
            int close = Bytes.indexOf(buf, buf[i], i + 1, to);
            if (close < 0) {
                return false;
            }
            if (nameEnd - nameStart == 7 && startsWith(nameStart, "channel")) {
                for (int k = i + 1; k < close; k++) {
                    byte c = buf[k];
                    if (c == '&' || c == '\n' || c == '\r' || c == '\t' || c == '<') {
                        return false; // entities and normalized whitespace: the parser's job
                    }
                }
                return !keepChannel.test(new String(buf, i + 1, close - i - 1, StandardCharsets.UTF_8));
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
        while (true) {
            int stop = Bytes.indexOfAny(buf, pos, limit);
            // the bytes before stop hold no line break: only the state "right after a CR" needs updating
            afterCr &= (stop < 0 ? limit : stop) == pos;
            if (stop < 0) {
                pos = limit;
                if (!more()) {
                    return false;
                }
                continue;
            }
            pos = stop;
            if (buf[stop] != '<') {
                countNewlines(stop, stop + 1);
                pos = stop + 1;
                continue;
            }
            int end;
            if (limit - stop < 12 || startsWith(stop, "<!--") || startsWith(stop, "<![CDATA[")
                    || startsWith(stop, "</programme")) {
                while ((end = markupEnd(pos)) < 0) {
                    if (!more()) {
                        return false;
                    }
                }
            } else {
                end = stop + 1; // some other tag: its bytes are scanned like text
            }
            boolean closes = buf[pos + 1] == '/' && end - pos >= 12 && isProgramme(pos + 2);
            countNewlines(pos, end);
            pos = end;
            if (closes) {
                return true;
            }
        }
    }

    private void skipWhitespace() throws IOException {
        while (true) {
            while (pos < limit && isSpace(buf[pos])) {
                countNewlines(pos, pos + 1);
                pos++;
            }
            if (pos < limit || !more()) {
                return;
            }
        }
    }

    /** Index just past the markup construct starting at {@code '<'} at {@code at}, or -1 if not all buffered. */
    private int markupEnd(int at) {
        if (limit - at < 9 && !eof) {
            return -1; // too short to tell a comment or CDATA from a tag yet
        }
        if (startsWith(at, "<!--")) {
            int e = indexOf("-->", at + 4);
            return e < 0 ? -1 : e + 3;
        }
        if (startsWith(at, "<![CDATA[")) {
            int e = indexOf("]]>", at + 9);
            return e < 0 ? -1 : e + 3;
        }
        if (startsWith(at, "<?")) {
            int e = indexOf("?>", at + 2);
            return e < 0 ? -1 : e + 2;
        }
        // a tag or a declaration: '>' outside quotes (and, for a DOCTYPE, outside its [internal subset])
        byte quote = 0;
        int brackets = 0;
        for (int i = at + 1; i < limit; i++) {
            byte c = buf[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '>' && brackets <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The document is UTF-8 (or ASCII): no other byte order mark, no other declared encoding. */
    private boolean isUtf8Document() throws IOException {
        while (limit - pos < 256 && !eof) {
            more();
        }
        int i = pos;
        if (limit - i >= 3 && buf[i] == (byte) 0xEF && buf[i + 1] == (byte) 0xBB && buf[i + 2] == (byte) 0xBF) {
            i += 3;
        }
        if (i >= limit || buf[i] != '<') {
            return false; // UTF-16/32, or not XML at all: the parser decides
        }
        if (!startsWith(i, "<?xml")) {
            return true;
        }
        int end = indexOf("?>", i);
        if (end < 0) {
            return false;
        }
        String decl = new String(buf, i, end - i, StandardCharsets.US_ASCII);
        int enc = decl.indexOf("encoding");
        if (enc < 0) {
            return true;
        }
        String rest = decl.substring(enc + 8).replaceAll("^\\s*=\\s*[\"']", "");
        String name = rest.replaceAll("[\"'].*$", "").trim().toLowerCase(java.util.Locale.ROOT);
        return name.equals("utf-8") || name.equals("utf8") || name.equals("us-ascii") || name.equals("ascii");
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

    private boolean startsWith(int at, String s) {
        if (limit - at < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String s, int from) {
        byte first = (byte) s.charAt(0);
        for (int i = from; i <= limit - s.length(); i++) {
            if (buf[i] == first && startsWith(i, s)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
