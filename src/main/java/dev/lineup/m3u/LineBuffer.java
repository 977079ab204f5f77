package dev.lineup.m3u;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a UTF-8 byte stream into lines without decoding it or creating a String per line: the current line is
 * the range {@code [start, end)} of {@link #buf}, with leading and trailing whitespace already cut off. Every
 * byte that M3U's structure uses is ASCII, and in UTF-8 no byte of a multi-byte character is, so lines, quotes,
 * commas and '=' are found on the bytes; only the values an entry keeps are decoded ({@link #text}).
 */
final class LineBuffer {
    /** A longer line is not a playlist line (a playlist's longest lines are data: logos of a few hundred KB). */
    static final int MAX_LINE = 4 * 1024 * 1024;

    private final InputStream in;
    private final String sourceName;
    byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean first = true;
    /** Current line, trimmed. */
    int start;
    int end;
    int lineNo;
    /** True when the current line is the last one and no line break ended it (a cut-off download, perhaps). */
    boolean unterminated;
    /**
     * True when every byte of the current line is ASCII: it is then well-formed UTF-8 without a check (noted
     * by the scan for its end, so the copy path's checks pass over most lines only once).
     */
    boolean ascii;

    LineBuffer(InputStream in, String sourceName) {
        this.in = in;
        this.sourceName = sourceName;
    }

    /**
     * Advances to the next line; false at the end of the input. A line ends at LF, CRLF or a lone CR (classic
     * Mac playlists, which players read).
     */
    boolean next() throws IOException {
        int scan = pos;
        int seen = 0; // every byte scanned OR-ed together: negative once one is not ASCII
        while (true) {
            byte[] b = buf;
            int lim = limit;
            int i = scan;
            while (i < lim) {
                byte c = b[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                seen |= c;
                i++;
            }
            ascii = seen >= 0;
            if (i < lim && b[i] == '\r' && i + 1 == lim && !eof) {
                scan = i - pos; // is the CR followed by an LF? Read on to see (fill moves the line to 0)
                fill();
                continue;
            }
            if (i < lim) {
                setLine(pos, i, false);
                pos = b[i] == '\r' && i + 1 < lim && b[i + 1] == '\n' ? i + 2 : i + 1;
                return true;
            }
            if (eof) {
                if (pos >= lim) {
                    return false;
                }
                setLine(pos, lim, true);
                pos = lim;
                return true;
            }
            scan = fill();
        }
    }

    /** Reads more input, keeping the unfinished line; returns where scanning for '\n' resumes. */
    private int fill() throws IOException {
        int kept = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
        } else if (kept == buf.length) {
            if (kept >= MAX_LINE) {
                throw new M3uFormatException(sourceName, lineNo + 1,
                        "a line longer than " + (MAX_LINE >> 20) + " MB: this is not an M3U playlist");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        limit = kept;
        int n = read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return kept;
    }

    /** Reads, turning a cut-off or damaged gzip stream into an error that names the file and line. */
    private int read(byte[] into, int off, int len) throws IOException {
        try {
            return in.read(into, off, len);
        } catch (java.io.EOFException e) {
            throw new M3uFormatException(sourceName, lineNo + 1,
                    "the compressed file ends early: it is truncated (an interrupted download?)", e);
        } catch (java.util.zip.ZipException e) {
            throw new M3uFormatException(sourceName, lineNo + 1, "the compressed data is damaged", e);
        }
    }

    private void setLine(int from, int to, boolean last) {
        lineNo++;
        unterminated = last;
        if (first) {
            first = false;
            if (to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB
                    && buf[from + 2] == (byte) 0xBF) {
                from += 3; // the UTF-8 byte order mark
            }
        }
        while (from < to && Lines.isSpace(buf[from])) {
            from++;
        }
        while (to > from && Lines.isSpace(buf[to - 1])) {
            to--;
        }
        start = from;
        end = to;
    }

    boolean isEmpty() {
        return start == end;
    }

    /** The bytes {@code [from, to)} decoded (malformed UTF-8 becomes U+FFFD, as a decoding Reader did). */
    String text(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** Whether the current line starts with {@code prefix}, ASCII case ignored (players accept {@code #extinf}). */
    boolean startsWith(String prefix) {
        int n = prefix.length();
        if (end - start < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            byte c = buf[start + i];
            char p = prefix.charAt(i);
            if (c != p && !(p >= 'A' && p <= 'Z' && c == (p | 0x20))) {
                return false;
            }
        }
        return true;
    }

    void close() throws IOException {
        in.close();
    }
}
