package dev.lineup.m3u;

/**
 * One entry as {@link M3uWriter#write} would write it, assembled straight from the bytes of the line buffer by
 * {@link M3uReader#copyNext}: attribute text, names and URLs are copied, not decoded into Strings and encoded
 * again. Holds the entry's lines in the writer's order whatever order the input had them in.
 */
final class EntryBytes {
    /** {@code #EXTINF:...} and its line break; empty for a bare URL without one. */
    final ByteSink extinf = new ByteSink();
    /** {@code #EXTGRP:...} and its line break, or empty. */
    final ByteSink group = new ByteSink();
    /** The extra tag lines, each with its line break. */
    final ByteSink extras = new ByteSink();
    /** The URL line. */
    final ByteSink rest = new ByteSink();
    /** The entry's tvg-id and name, decoded only when the caller asked for them. */
    String tvgId;
    String name;

    void clear() {
        extinf.reset();
        group.reset();
        extras.reset();
        rest.reset();
        tvgId = null;
        name = null;
    }

    /**
     * The {@code #EXTINF} line: duration {@code b[durFrom, durTo)} (none when equal), {@code s}'s attributes, the
     * name; {@code ascii}: the line is known to be ASCII (no UTF-8 check needed).
     */
    void extinf(byte[] b, int durFrom, int durTo, AttributeScanner s, int nameFrom, int nameTo, boolean ascii) {
        ByteSink o = extinf;
        o.reset();
        o.ascii("#EXTINF:");
        if (isDuration(b, durFrom, durTo)) {
            o.raw(b, durFrom, durTo);
        } else {
            o.ascii("-1");
        }
        // one check of the whole line (almost always well-formed) instead of one per attribute
        boolean ok = ascii || Utf8.isWellFormed(b, durTo, nameTo);
        for (int a = 0; a < s.count; a++) {
            o.add((byte) ' ');
            o.text(b, s.keyFrom[a], s.keyTo[a], ok);
            o.add((byte) '=');
            quoted(b, s.valueFrom[a], s.valueTo[a], s.closingQuote[a], ok);
        }
        o.add((byte) ',');
        o.text(b, nameFrom, nameTo, ok);
        o.add((byte) '\n');
    }

    void group(byte[] b, int from, int to, boolean ascii) {
        group.reset();
        group.ascii("#EXTGRP:");
        group.text(b, from, to, ascii || Utf8.isWellFormed(b, from, to));
        group.add((byte) '\n');
    }

    /**
     * An extra tag line ({@code #EXTVLCOPT:...}). The reader keeps only lines that pass the writer's check of
     * extra lines ({@link M3uWriter#checkExtraLine}): tags, not {@code #EXTINF} or {@code #EXTM3U} (which it
     * reads as such), not HLS tags (which it refuses), {@code #EXTGRP} only after the entry's group.
     */
    void extra(byte[] b, int from, int to, boolean ascii) {
        extras.text(b, from, to, ascii || Utf8.isWellFormed(b, from, to));
        extras.add((byte) '\n');
    }

    /** The URL line. */
    void rest(byte[] b, int urlFrom, int urlTo, int bar, int lineEnd, boolean ascii) {
        rest.reset();
        boolean ok = ascii || Utf8.isWellFormed(b, urlFrom, lineEnd);
        rest.text(b, urlFrom, urlTo, ok);
        if (bar >= 0) {
            rest.add((byte) '|');
            rest.text(b, bar + 1, lineEnd, ok);
        }
        rest.add((byte) '\n');
    }

    /** As {@link M3uWriter}'s quoting: double quotes, else single ones, else double quotes made single. */
    private void quoted(byte[] b, int from, int to, byte closedBy, boolean wellFormed) {
        // a value closed by '"' holds none (the usual case: no search at all)
        boolean dq = closedBy != '"' && Lines.indexOf(b, '"', from, to) >= 0;
        byte quote = dq && (closedBy == '\'' || Lines.indexOf(b, '\'', from, to) < 0) ? (byte) '\'' : (byte) '"';
        extinf.add(quote);
        int start = extinf.len;
        extinf.text(b, from, to, wellFormed);
        if (dq && quote == '"') {
            extinf.replace(start, (byte) '"', (byte) '\'');
        }
        extinf.add(quote);
    }

    /** {@link M3uWriter}'s test of a duration, on bytes: a plain number, nothing that could be misread. */
    private static boolean isDuration(byte[] b, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (!(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '+') {
                return false;
            }
        }
        return true;
    }
}
