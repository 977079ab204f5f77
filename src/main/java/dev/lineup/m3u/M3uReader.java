package dev.lineup.m3u;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Streaming, lenient reader of extended M3U as players really use it. Memory stays constant whatever the
 * playlist size: one entry at a time, one line buffer. Entries it cannot use are skipped and listed in
 * {@link #issues()} with their line numbers; only input that is not a channel list at all (an HLS stream
 * playlist, an HTML page) is refused with {@link M3uFormatException}. Not thread-safe.
 */
public final class M3uReader implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final LineBuffer lines;
    private final String sourceName;
    private final AttributeScanner scanner = new AttributeScanner();
    private final IssueLog issues;
    private final List<String> extras = new ArrayList<>();
    private M3uHeader header;
    private boolean pushedBack;
    private boolean finished;
    private int entries;
    // the pending #EXTINF, waiting for its URL line (pendingLine == 0: none)
    private int pendingLine;
    private String pendingDuration;
    private List<M3uAttribute> pendingAttributes;
    private String pendingName;
    private String group;
    private boolean hasGroup;
    /** The copy path's entry ({@link #copyNext}); null while entries are read as text ({@link #next}). */
    private EntryBytes copy;
    private boolean copyIdentity;
    private M3uEntry entry;

    /** Reads UTF-8 from {@code in} (not buffered further: the reader fills its own large buffer). */
    public M3uReader(InputStream in, String sourceName) {
        this.sourceName = sourceName;
        this.lines = new LineBuffer(in, sourceName);
        this.issues = new IssueLog(sourceName);
    }

    /** Opens a playlist file, plain or gzip-compressed (recognised by its magic bytes, not its name), as UTF-8. */
    public static M3uReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            // the magic bytes are peeked and pushed back: a buffering stream here would copy every byte of a
            // plain playlist once more on its way into the line buffer (which reads large blocks itself)
            PushbackInputStream in = new PushbackInputStream(raw, 2);
            byte[] magic = in.readNBytes(2);
            in.unread(magic);
            InputStream data = in;
            if (magic.length == 2 && magic[0] == (byte) 0x1f && magic[1] == (byte) 0x8b) {
                try {
                    data = new GZIPInputStream(in, BUFFER);
                } catch (java.io.EOFException e) {
                    throw new M3uFormatException(file.toString(), 1,
                            "the compressed file ends early: it is truncated", e);
                }
            }
            return new M3uReader(data, file.toString());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    public String sourceName() {
        return sourceName;
    }

    /** The {@code #EXTM3U} attributes; read on the first call (of this or {@link #next()}). */
    public M3uHeader header() throws IOException {
        if (header == null) {
            header = M3uHeader.EMPTY;
            while (lines.next()) {
                if (lines.isEmpty()) {
                    continue;
                }
                if (lines.startsWith("#EXTM3U")) {
                    scanner.scan(lines.buf, lines.start + 7, lines.end, true);
                    header = new M3uHeader(scanner.decode(lines.buf));
                } else {
                    pushedBack = true; // no #EXTM3U: this first line is already content
                }
                break;
            }
        }
        return header;
    }

    /** The next entry, or null at the end of the playlist. */
    public M3uEntry next() throws IOException {
        if (copy != null) {
            throw new IllegalStateException("this reader copies entries (copyNext); it cannot also decode them");
        }
        entry = null;
        return advance() ? entry : null;
    }

    /**
     * Reads the next entry and writes it to {@code w}: the same bytes as {@code w.write(next())}, but copied
     * from the input rather than decoded and encoded again. With {@code identity}, {@link #copiedTvgId} and
     * {@link #copiedName} give the entry's tvg-id and name (decoded for this). False at the end of the playlist.
     */
    public boolean copyNext(M3uWriter w, boolean identity) throws IOException {
        if (copy == null) {
            if (entries > 0 || pendingLine > 0) {
                throw new IllegalStateException("this reader decodes entries (next); it cannot also copy them");
            }
            copy = new EntryBytes();
        }
        copyIdentity = identity;
        copy.clear(); // the entry copied last is written: start afresh
        if (!advance()) {
            return false;
        }
        w.write(copy);
        return true;
    }

    /** The tvg-id of the entry {@link #copyNext} copied last (when asked for), or null. */
    public String copiedTvgId() {
        return copy.tvgId;
    }

    /** The name of the entry {@link #copyNext} copied last (when asked for; empty when it has none). */
    public String copiedName() {
        return copy.name;
    }

    /** Reads up to the end of the next entry; false at the end of the playlist. */
    private boolean advance() throws IOException {
        header();
        if (finished) {
            return false;
        }
        while (pushedBack || lines.next()) {
            pushedBack = false;
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.buf[lines.start] == '#' ? tagLine() : urlLine()) {
                entries++;
                return true;
            }
        }
        finished = true;
        if (pendingLine > 0) {
            // Not a quirk to skip: a file that stops inside an entry is a broken copy or download, and
            // using it would quietly drop channels (and replace a good output or library with fewer).
            throw new M3uFormatException(sourceName, pendingLine, "#EXTINF at the end of the file without its URL:"
                    + " the file looks truncated (an interrupted download or copy?); expected the channel's URL"
                    + " on the next line");
        }
        return false;
    }

    /** Entries skipped and lines ignored so far (complete once {@link #next()} has returned null). */
    public List<M3uIssue> issues() {
        return issues.list();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** Handles a '#' line; never completes an entry (returns false). */
    private boolean tagLine() throws M3uFormatException {
        LineBuffer l = lines;
        if (l.startsWith("#EXTINF") && (l.end == l.start + 7 || l.buf[l.start + 7] == ':'
                || Lines.isSpace(l.buf[l.start + 7]))) {
            if (pendingLine > 0) {
                issues.add(pendingLine, "#EXTINF without a URL (the next #EXTINF is on line " + l.lineNo
                        + "); entry skipped");
                clearEntry();
            }
            extinf(l.start + 7);
        } else if (l.startsWith("#EXTGRP:") && !hasGroup) {
            hasGroup = true;
            if (copy != null) {
                int from = l.start + 8;
                int to = l.end;
                while (from < to && Lines.isSpace(l.buf[from])) {
                    from++;
                }
                copy.group(l.buf, from, to, l.ascii); // the line's end is trimmed already
            } else {
                group = l.text(l.start + 8, l.end).trim();
            }
        } else if (l.startsWith("#EXT-X-TARGETDURATION") || l.startsWith("#EXT-X-MEDIA-SEQUENCE")) {
            throw new M3uFormatException(sourceName, l.lineNo, "this is an HLS stream playlist (segments of one"
                    + " stream), not a channel list; use the provider's channel playlist (M3U) instead");
        } else if (l.startsWith("#EXTM3U")) {
            return false; // a second header: playlists pasted together
        } else if (Lines.isTag(l.buf, l.start, l.end)) {
            if (copy != null) {
                copy.extra(l.buf, l.start, l.end, l.ascii);
            } else {
                extras.add(l.text(l.start, l.end));
            }
        }
        return false; // other '#' lines are comments
    }

    private void clearEntry() {
        extras.clear();
        group = null;
        hasGroup = false;
        if (copy != null) {
            copy.clear();
        }
    }

    private void extinf(int from) {
        byte[] b = lines.buf;
        int end = lines.end;
        int i = from < end && b[from] == ':' ? from + 1 : from; // "#EXTINF -1,Name" forgets the colon
        while (i < end && Lines.isSpace(b[i])) {
            i++;
        }
        int t = i;
        boolean isDuration = true;
        while (t < end && !Lines.isSpace(b[t]) && b[t] != ',') {
            byte c = b[t++];
            if (c == '=' || c == '"' || c == '\'') {
                isDuration = false;
                break;
            }
        }
        int durationFrom = i;
        int durationTo = isDuration ? t : i;
        if (isDuration) {
            i = t;
        }
        scanner.scan(b, i, end, false);
        int nameStart = scanner.nameStart >= 0 ? scanner.nameStart : scanner.bareRunStart;
        int nameEnd = end;
        if (nameStart < 0) {
            nameStart = end;
        }
        while (nameStart < nameEnd && Lines.isSpace(b[nameStart])) {
            nameStart++;
        }
        pendingLine = lines.lineNo;
        if (copy != null) {
            copy.extinf(b, durationFrom, durationTo, scanner, nameStart, nameEnd, lines.ascii);
            if (copyIdentity) {
                copy.tvgId = scanner.find(b, "tvg-id");
                copy.name = lines.text(nameStart, nameEnd);
            }
            return;
        }
        boolean minusOne = durationTo - durationFrom == 2 && b[durationFrom] == '-' && b[durationFrom + 1] == '1';
        pendingDuration = durationTo > durationFrom && !minusOne ? lines.text(durationFrom, durationTo) : "-1";
        pendingName = lines.text(nameStart, nameEnd);
        pendingAttributes = scanner.decode(b);
    }

    /** Handles a line that is not a tag: completes the entry when it is its URL. */
    private boolean urlLine() throws M3uFormatException {
        LineBuffer l = lines;
        int bar = Lines.indexOf(l.buf, '|', l.start, l.end);
        int urlEnd = bar < 0 ? l.end : bar;
        while (urlEnd > l.start && Lines.isSpace(l.buf[urlEnd - 1])) {
            urlEnd--;
        }
        if (pendingLine > 0) {
            if (!Lines.isUrl(l.buf, l.start, urlEnd)) {
                if (Lines.isUrlWithSpace(l.buf, l.start, urlEnd)) {
                    // It is the entry's URL, but one players cannot open: say so once, for this line, and
                    // not again as "#EXTINF without a URL" when the next entry starts.
                    issues.add(l.lineNo, "the URL of the #EXTINF on line " + pendingLine + " contains a space, which"
                            + " players cannot open (a space in a web address must be written %20); entry skipped");
                    clearEntry();
                    pendingLine = 0;
                    return false;
                }
                issues.add(l.lineNo, "expected the URL of the #EXTINF on line " + pendingLine
                        + " but this line is not a URL; line ignored");
                return false;
            }
            complete(pendingLine, pendingDuration, pendingAttributes, pendingName, bar, urlEnd);
            pendingLine = 0;
            return true;
        }
        if (entries == 0 && header.attributes().isEmpty() && l.buf[l.start] == '<') {
            throw new M3uFormatException(sourceName, l.lineNo, "this looks like an HTML or XML document, not an"
                    + " M3U playlist (did the server send an error page?)");
        }
        if (!Lines.hasScheme(l.buf, l.start, urlEnd) || !Lines.isUrl(l.buf, l.start, urlEnd)) {
            issues.add(l.lineNo, "text that is neither a tag nor a URL; line ignored");
            return false;
        }
        // a plain M3U line: a URL with no #EXTINF
        if (copy != null && copyIdentity) {
            copy.name = "";
        }
        complete(l.lineNo, null, List.of(), "", bar, urlEnd);
        return true;
    }

    /** The current line is the entry's URL: makes the entry (or its bytes) and starts afresh. */
    private void complete(int line, String duration, List<M3uAttribute> attributes, String name, int bar, int urlEnd) {
        LineBuffer l = lines;
        if (copy != null) {
            copy.rest(l.buf, l.start, urlEnd, bar, l.end, l.ascii);
            // the copied entry stays readable until the next copyNext; only what the next entry adds is reset
            hasGroup = false;
            group = null;
            return;
        }
        entry = new M3uEntry(line, duration, attributes, name, group, extras, l.text(l.start, urlEnd), suffix(bar));
        extras.clear();
        hasGroup = false;
        group = null;
    }

    private String suffix(int bar) {
        return bar < 0 ? null : lines.text(bar + 1, lines.end);
    }
}
