package dev.lineup.m3u;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes extended M3U that {@link M3uReader} reads back to equal entries (line numbers aside). Values are quoted
 * so every reader we know splits them right, and no value ever carries a line break into the file: a CR or LF
 * inside a name or value becomes a space (a line break would turn the rest into a bogus URL line).
 */
public final class M3uWriter implements Closeable, Flushable {
    private final OutputStream out;
    /**
     * One entry is assembled here as UTF-8 and written in one call: far cheaper than a dozen small writes. ASCII
     * text (nearly all of a playlist) is copied character by character straight into it, without the
     * StringBuilder, String and byte array that assembling text and encoding it at the end made per entry.
     */
    private final ByteSink sb = new ByteSink();
    private boolean headerWritten;

    /** Writes UTF-8 to {@code out}, buffered here unless it is a {@link BufferedOutputStream} already. */
    public M3uWriter(OutputStream out) {
        this(out, true);
    }

    private M3uWriter(OutputStream out, boolean bufferHere) {
        this.out = bufferHere && !(out instanceof BufferedOutputStream) ? new BufferedOutputStream(out, 1 << 16) : out;
    }

    /**
     * Writes UTF-8 straight to {@code out}, which gathers small writes into large blocks by itself: a
     * {@link BufferedOutputStream} above it would copy every byte once more and take its lock at each write.
     */
    public static M3uWriter toBlockStream(OutputStream out) {
        return new M3uWriter(out, false);
    }

    /** Writes the {@code #EXTM3U} line; call once, before the first entry (else a bare {@code #EXTM3U} is written). */
    public void writeHeader(M3uHeader h) throws IOException {
        if (headerWritten) {
            throw new IllegalStateException("the #EXTM3U header is already written");
        }
        sb.reset(); // drop what a refused entry may have left
        sb.ascii("#EXTM3U");
        attributes(h.attributes());
        sb.add((byte) '\n');
        emit();
        headerWritten = true;
    }

    public void write(M3uEntry e) throws IOException {
        if (e.url().isBlank()) {
            throw new IllegalArgumentException("entry of line " + e.line() + " has no URL");
        }
        if (!headerWritten) {
            writeHeader(M3uHeader.EMPTY);
        }
        sb.reset();
        if (e.duration() != null) {
            sb.ascii("#EXTINF:");
            text(isDuration(e.duration()) ? e.duration() : "-1");
            attributes(e.attributes());
            sb.add((byte) ',');
            text(e.name());
            sb.add((byte) '\n');
        }
        if (e.group() != null) {
            sb.ascii("#EXTGRP:");
            text(e.group());
            sb.add((byte) '\n');
        }
        for (String line : e.extraLines()) {
            checkExtraLine(line, e.line(), e.group() != null);
            text(line);
            sb.add((byte) '\n');
        }
        text(e.url());
        if (e.urlSuffix() != null) {
            sb.add((byte) '|');
            text(e.urlSuffix());
        }
        sb.add((byte) '\n');
        emit();
    }

    /** Writes an entry {@link M3uReader#copyNext} assembled: the same bytes {@link #write} would write for it. */
    void write(EntryBytes e) throws IOException {
        if (!headerWritten) {
            writeHeader(M3uHeader.EMPTY);
        }
        out.write(e.extinf.buf, 0, e.extinf.len);
        out.write(e.group.buf, 0, e.group.len);
        out.write(e.extras.buf, 0, e.extras.len);
        out.write(e.rest.buf, 0, e.rest.len);
    }

    /** Anything but a plain number would be misread as an attribute or the name; players treat it as -1 anyway. */
    private static boolean isDuration(String d) {
        if (d.isEmpty()) {
            return false;
        }
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '+') {
                return false;
            }
        }
        return true;
    }

    private void emit() throws IOException {
        out.write(sb.buf, 0, sb.len);
        sb.reset();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void attributes(List<M3uAttribute> attributes) {
        for (int i = 0, n = attributes.size(); i < n; i++) {
            M3uAttribute a = attributes.get(i);
            checkKey(a.key());
            sb.add((byte) ' ');
            text(a.key()); // a checked key holds no line break
            sb.add((byte) '=');
            quoted(a.value());
        }
    }

    /**
     * Double quotes, or single quotes for a value holding a double quote. M3U has no escape for a value holding
     * both (no player understands one), so there the double quotes become single ones.
     */
    private void quoted(String value) {
        char quote = '"';
        if (value.indexOf('"') >= 0) {
            if (value.indexOf('\'') < 0) {
                quote = '\'';
            } else {
                value = value.replace('"', '\'');
            }
        }
        sb.add((byte) quote);
        text(value);
        sb.add((byte) quote);
    }

    /** Writes text as UTF-8 with any line break turned into a space. */
    private void text(String s) {
        int n = s.length();
        sb.room(n);
        byte[] buf = sb.buf;
        int len = sb.len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '\n' || c == '\r') {
                sb.len = len;
                encodeRest(s.substring(i)); // i is a character boundary: everything before it is ASCII
                return;
            }
            buf[len++] = (byte) c;
        }
        sb.len = len;
    }

    private void encodeRest(String s) {
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sb.raw(bytes, 0, bytes.length);
    }

    private static void checkKey(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("an attribute key is empty");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c == '=' || c == ',') {
                throw new IllegalArgumentException("attribute key \"" + key
                        + "\" contains a space, '=' or ',' and cannot be written to M3U");
            }
        }
    }

    /**
     * Whether the reader would take {@code line} for an {@code #EXTINF} (the tag alone, or followed by ':' or a
     * space); {@code #EXTINFO:...} is another tag, which players pass on and which is written back as it came.
     */
    private static boolean readsAsExtinf(String line, String upper) {
        return upper.startsWith("#EXTINF") && (line.length() == 7 || line.charAt(7) == ':' || line.charAt(7) <= ' ');
    }

    /** An extra line must stay a tag of its entry when read back, not become a URL, a header or a new entry. */
    static void checkExtraLine(String line, int entryLine, boolean hasGroup) {
        String upper = line.toUpperCase(java.util.Locale.ROOT);
        boolean ok = line.startsWith("#") && Lines.isTag(line)
                && !readsAsExtinf(line, upper) && !upper.startsWith("#EXTM3U")
                && !upper.startsWith("#EXT-X-TARGETDURATION") && !upper.startsWith("#EXT-X-MEDIA-SEQUENCE")
                && !(!hasGroup && upper.startsWith("#EXTGRP:"));
        if (!ok) {
            throw new IllegalArgumentException("entry of line " + entryLine + ": an extra line must be a tag such as"
                    + " #EXTVLCOPT:... or #KODIPROP:... (other than #EXTINF, #EXTM3U, HLS tags, or #EXTGRP when the"
                    + " entry has no group)");
        }
    }
}
