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
     * One entry is assembled here and written in one call as UTF-8: far cheaper than a dozen small writes, and
     * {@code String.getBytes} of mostly-ASCII text is a plain copy, where an encoding {@code Writer} went character
     * by character.
     */
    private final StringBuilder sb = new StringBuilder(1024);
    private boolean headerWritten;

    /** Writes UTF-8 to {@code out}, buffered here unless it is a {@link BufferedOutputStream} already. */
    public M3uWriter(OutputStream out) {
        this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
    }

    /** Writes the {@code #EXTM3U} line; call once, before the first entry (else a bare {@code #EXTM3U} is written). */
    public void writeHeader(M3uHeader h) throws IOException {
        if (headerWritten) {
            throw new IllegalStateException("the #EXTM3U header is already written");
        }
        sb.setLength(0); // drop what a refused entry may have left
        sb.append("#EXTM3U");
        attributes(h.attributes());
        sb.append('\n');
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
        sb.setLength(0);
        if (e.duration() != null) {
            sb.append("#EXTINF:").append(isDuration(e.duration()) ? e.duration() : "-1");
            attributes(e.attributes());
            sb.append(',');
            text(e.name());
            sb.append('\n');
        }
        if (e.group() != null) {
            sb.append("#EXTGRP:");
            text(e.group());
            sb.append('\n');
        }
        for (String line : e.extraLines()) {
            checkExtraLine(line, e.line(), e.group() != null);
            text(line);
            sb.append('\n');
        }
        text(e.url());
        if (e.urlSuffix() != null) {
            sb.append('|');
            text(e.urlSuffix());
        }
        sb.append('\n');
        emit();
    }

    /** Writes an entry {@link M3uReader#copyNext} assembled: the same bytes {@link #write} would write for it. */
    void write(EntryBytes e) throws IOException {
        if (!headerWritten) {
            writeHeader(M3uHeader.EMPTY);
        }
        out.write(e.extinf.buf, 0, e.extinf.len);
        out.write(e.group.buf, 0, e.group.len);
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
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        sb.setLength(0);
        out.write(bytes);
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
            sb.append(' ');
            sb.append(a.key());
            sb.append('=');
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
        sb.append(quote);
        text(value);
        sb.append(quote);
    }

    /** Writes text with any line break turned into a space. */
    private void text(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            sb.append(s);
        } else {
            sb.append(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
        }
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

    /** An extra line must stay a tag of its entry when read back, not become a URL, a header or a new entry. */
    static void checkExtraLine(String line, int entryLine, boolean hasGroup) {
        String upper = line.toUpperCase(java.util.Locale.ROOT);
        boolean ok = line.startsWith("#") && Lines.isTag(line)
                && !upper.startsWith("#EXTINF") && !upper.startsWith("#EXTM3U")
                && !upper.startsWith("#EXT-X-TARGETDURATION") && !upper.startsWith("#EXT-X-MEDIA-SEQUENCE")
                && !(!hasGroup && upper.startsWith("#EXTGRP:"));
        if (!ok) {
            throw new IllegalArgumentException("entry of line " + entryLine + ": an extra line must be a tag such as"
                    + " #EXTVLCOPT:... or #KODIPROP:... (other than #EXTINF, #EXTM3U, HLS tags, or #EXTGRP when the"
                    + " entry has no group)");
        }
    }
}
