package dev.lineup.m3u;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scans the attribute list of an {@code #EXTINF} or {@code #EXTM3U} line in place, in one pass, without regular
 * expressions. Values may be double-quoted, single-quoted or bare; commas inside quotes belong to the value; the
 * first comma outside quotes ends the list and starts the name. The scan only notes where each key and value
 * lies in the line: {@link #decode} makes text of them, {@link EntryBytes} copies them as they are.
 */
final class AttributeScanner {
    /** Keys seen on almost every line: reusing these constants saves one String per attribute. */
    private static final String[] KNOWN_KEYS = {"tvg-id", "tvg-name", "tvg-logo", "group-title", "tvg-chno",
        "tvg-shift", "catchup", "catchup-days", "catchup-source", "tvg-rec", "tvg-language", "tvg-country",
        "tvg-url", "user-agent", "timeshift", "url-tvg", "x-tvg-url", "tvg-type", "channel-id", "channel-number"};

    /** Attributes found: the i-th has its key at {@code [keyFrom[i], keyTo[i])}, its value at {@code [valueFrom[i], valueTo[i])}. */
    int count;
    int[] keyFrom = new int[16];
    int[] keyTo = new int[16];
    int[] valueFrom = new int[16];
    int[] valueTo = new int[16];
    /** The quote that closed the value ('"' or '\''), so the value cannot hold it; 0 for a bare or unclosed value. */
    byte[] closingQuote = new byte[16];
    /** Where the name starts (after the list's comma), or -1 when the line has no comma. */
    int nameStart;
    /** Start of a trailing run of bare words (no '=') when the line has no comma: that run is the name. */
    int bareRunStart;
    private String lastGroupTitle = "";

    /**
     * Scans {@code b[from, to)}. With {@code headerLine} a comma does not end a bare value: an {@code #EXTM3U}
     * line has no name, and {@code x-tvg-url=a.xml,b.xml} lists several guides.
     */
    void scan(byte[] b, int from, int to, boolean headerLine) {
        count = 0;
        nameStart = -1;
        bareRunStart = -1;
        int bareRunSize = -1;
        int i = from;
        while (true) {
            while (i < to && Lines.isSpace(b[i])) {
                i++;
            }
            if (i >= to) {
                break;
            }
            if (b[i] == ',' && !headerLine) {
                nameStart = i + 1;
                bareRunStart = -1;
                return;
            }
            int ks = i;
            while (i < to && !Lines.isSpace(b[i]) && b[i] != '=' && (b[i] != ',' || headerLine)) {
                i++;
            }
            int ke = i;
            int j = i;
            while (j < to && Lines.isSpace(b[j])) {
                j++;
            }
            if (j < to && b[j] == '=') {
                if (ke == ks) {
                    i = j + 1; // a stray '=' with no key: nothing to keep
                    continue;
                }
                i = scanValue(b, ks, ke, j + 1, to, headerLine);
                bareRunStart = -1;
            } else if (ke > ks) {
                if (bareRunStart < 0) {
                    bareRunStart = ks;
                    bareRunSize = count;
                }
                add(ks, ke, ke, ke, (byte) 0); // a bare key: its value is empty
            } else {
                i++;
            }
        }
        if (bareRunStart >= 0 && !headerLine) {
            // "#EXTINF:-1 tvg-id="x" Channel Name" (comma forgotten): the trailing words are the name, not keys
            count = bareRunSize;
        } else {
            bareRunStart = -1;
        }
    }

    private int scanValue(byte[] b, int ks, int ke, int i, int to, boolean headerLine) {
        while (i < to && Lines.isSpace(b[i])) {
            i++;
        }
        if (i < to && (b[i] == '"' || b[i] == '\'')) {
            byte quote = b[i];
            int vs = i + 1;
            int ve = vs;
            while (ve < to && b[ve] != quote) {
                ve++;
            }
            if (ve < to) {
                add(ks, ke, vs, ve, quote);
                return ve + 1;
            }
            // unterminated quote: the value can only reasonably run to the comma before the name
            ve = vs;
            while (ve < to && (b[ve] != ',' || headerLine)) {
                ve++;
            }
            add(ks, ke, vs, ve, (byte) 0);
            return ve;
        }
        int vs = i;
        while (i < to && !Lines.isSpace(b[i]) && (b[i] != ',' || headerLine)) {
            i++;
        }
        add(ks, ke, vs, i, (byte) 0);
        return i;
    }

    private void add(int ks, int ke, int vs, int ve, byte quote) {
        if (count == keyFrom.length) {
            keyFrom = Arrays.copyOf(keyFrom, count * 2);
            keyTo = Arrays.copyOf(keyTo, count * 2);
            valueFrom = Arrays.copyOf(valueFrom, count * 2);
            valueTo = Arrays.copyOf(valueTo, count * 2);
            closingQuote = Arrays.copyOf(closingQuote, count * 2);
        }
        keyFrom[count] = ks;
        keyTo[count] = ke;
        valueFrom[count] = vs;
        valueTo[count] = ve;
        closingQuote[count] = quote;
        count++;
    }

    /** The attributes of the last scan of {@code b}, as text. */
    List<M3uAttribute> decode(byte[] b) {
        List<M3uAttribute> attributes = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            String key = key(b, keyFrom[a], keyTo[a]);
            attributes.add(new M3uAttribute(key, value(key, b, valueFrom[a], valueTo[a])));
        }
        return attributes;
    }

    /** The value of the first attribute whose key is {@code key} (case ignored, as {@link M3uAttribute#find}), or null. */
    String find(byte[] b, String key) {
        for (int a = 0; a < count; a++) {
            int from = keyFrom[a];
            int n = keyTo[a] - from;
            if (n == key.length() && regionEqualsIgnoreCase(b, from, key)
                    || hasNonAscii(b, from, keyTo[a]) && text(b, from, keyTo[a]).equalsIgnoreCase(key)) {
                return text(b, valueFrom[a], valueTo[a]);
            }
        }
        return null;
    }

    private static String key(byte[] b, int from, int to) {
        int n = to - from;
        for (String k : KNOWN_KEYS) {
            if (k.length() == n && regionEquals(b, from, k)) {
                return k;
            }
        }
        return text(b, from, to);
    }

    /** Consecutive entries usually share a group: reuse the previous group-title String when equal. */
    private String value(String key, byte[] b, int from, int to) {
        if (key.equals("group-title")) {
            if (lastGroupTitle.length() == to - from && regionEquals(b, from, lastGroupTitle)) {
                return lastGroupTitle;
            }
            lastGroupTitle = text(b, from, to);
            return lastGroupTitle;
        }
        return text(b, from, to);
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    private static boolean hasNonAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bytes at {@code from} are {@code s}, which is ASCII. */
    static boolean regionEquals(byte[] b, int from, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #regionEquals}, ASCII letters' case ignored. */
    private static boolean regionEqualsIgnoreCase(byte[] b, int from, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            int c = b[from + i];
            int p = s.charAt(i);
            if (c != p && ((c | 0x20) != (p | 0x20) || (p | 0x20) < 'a' || (p | 0x20) > 'z')) {
                return false;
            }
        }
        return true;
    }
}
