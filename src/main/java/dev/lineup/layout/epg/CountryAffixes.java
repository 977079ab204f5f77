package dev.lineup.layout.epg;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the country decorations providers put around a channel name: a code in front ("IN: ",
 * "|UK| ", "[DE] ", "(FR) ", "IN ▎ ", "CZ- "), a code or country name behind ("CNN (US)", "Sony TV
 * (INDIA)", "BBC - UK") and a bare country word last ("Ntv Austria", "ATV2 AT"). The country is kept as
 * a hint, never thrown away.
 */
final class CountryAffixes {
    /** A code or country name in brackets/bars, or a 2–3 letter code after a separator, at the end. */
    private static final Pattern TRAILING = Pattern.compile(
            "\\s*(?:[\\[(|]\\s*(\\p{L}[\\p{L} .\\-]{1,24}?)\\s*[\\])|]|\\s[|\\-–:]\\s*(\\p{L}{2,3}))\\s*$");
    /** Separators that end a prefix; brackets, '+' and quotes start a name instead. */
    private static final String NOT_SEPARATOR = "([{+&'\"!.#@";

    /** A prefix: the code as written, its country (null for markers like "EN", "VIP"), and where the name starts. */
    record Prefix(String code, String country, int end) {
    }

    private CountryAffixes() {
    }

    /**
     * The country prefix at the start of {@code s}, or null. A code followed only by a space counts when
     * it repeats the country already known from the group ({@code known}) and is upper case: "IN Zee TV".
     */
    static Prefix leading(String s, String known) {
        int n = s.length();
        int i = skipSpaces(s, 0);
        boolean open = i < n && "[(|{".indexOf(s.charAt(i)) >= 0;
        if (open) {
            i = skipSpaces(s, i + 1);
        }
        int start = i;
        if (s.regionMatches(true, i, "ex-yu", 0, 5)) {
            i += 5;
        } else {
            while (i < n && Character.isLetter(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
        }
        String code = s.substring(start, i);
        if (code.length() < 2 || code.length() > 5 || i < n && Character.isLetterOrDigit(s.charAt(i))) {
            return null;
        }
        String country = Countries.code(code);
        if (country == null && !Countries.marker(code) || code.equalsIgnoreCase("tv")) {
            return null;
        }
        i = skipSpaces(s, i);
        boolean closed = open && i < n && "])|}".indexOf(s.charAt(i)) >= 0;
        if (open && !closed) {
            return null;
        }
        i = closed ? i + 1 : i;
        boolean separator = false;
        while (i < n && !Character.isLetterOrDigit(s.charAt(i)) && NOT_SEPARATOR.indexOf(s.charAt(i)) < 0) {
            separator |= !Character.isWhitespace(s.charAt(i));
            i++;
        }
        boolean spaceOnly = !closed && !separator;
        if (spaceOnly && !(country != null && country.equals(known) && code.equals(code.toUpperCase(Locale.ROOT)))) {
            return null;
        }
        // "AT-X" is a channel, not Austria's "X": keep the code when too little would remain.
        if (s.substring(i).codePoints().filter(Character::isLetterOrDigit).count() < 2) {
            return null;
        }
        return new Prefix(code, country, i);
    }

    /** A trailing "(US)", "[INDIA]", "- UK": {start, country or null for a marker}, or null when there is none. */
    static Trailing trailing(String s) {
        Matcher m = TRAILING.matcher(s);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        String country = Countries.code(word);
        if (country == null && m.group(1) != null) {
            List<String> t = NameNormalizer.tokens(word);
            country = t.size() == 1 ? Countries.bareWord(t.get(0), null) : Countries.bareWord(String.join("", t), null);
        }
        if (country == null && !Countries.marker(word)) {
            return null;
        }
        return new Trailing(m.start(), country, m.group().strip());
    }

    record Trailing(int start, String country, String text) {
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
