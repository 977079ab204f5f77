package dev.lineup.layout.epg;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Country codes and names as providers write them in channel names ("UK:", "|DE|", "(FR)", "Austria")
 * and as guide ids end (".uk", ".us", "@UK"). Every ISO 3166 country counts, in its two- and three-letter
 * codes and in its English and native names (from the JDK's locale data), so a country nobody listed by
 * hand is still read. Everything maps to one lower-case two-letter code ("gb" is "uk") so hints compare.
 */
public final class Countries {
    private static final Map<String, String> CODES = new HashMap<>();
    /** Country names, normalized like name tokens: "austria", "osterreich", "oesterreich", "india". */
    private static final Map<String, String> NAMES = new HashMap<>();
    /**
     * Codes that providers commonly put bare after a name ("Dave UK", "CNN USA"). Any other bare code only
     * counts when it repeats the country the prefix or group already named: "ST" after "ORF2" is an
     * abbreviation, not São Tomé.
     */
    private static final Set<String> COMMON_BARE = Set.of("uk", "usa", "de", "fr", "ca", "au", "ie", "nz");

    /** Language or package markers providers put where a country code goes: stripped, no country hint. */
    private static final Set<String> MARKERS = Set.of("en", "eng", "ara", "arb", "vip", "multi", "ex-yu", "24/7");

    private static final Map<String, String> LANGUAGE = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            String code = a2.equals("GB") ? "uk" : a2.toLowerCase(Locale.ROOT);
            Locale country = new Locale("", a2);
            CODES.put(a2.toLowerCase(Locale.ROOT), code);
            try {
                CODES.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (MissingResourceException e) {
                // no three-letter code known: the two-letter one still counts
            }
            addName(country.getDisplayCountry(Locale.ENGLISH), code);
        }
        // Native names, from every locale the JDK knows for a country ("Österreich", "Slovenija", "Magyarország").
        for (Locale l : Locale.getAvailableLocales()) {
            if (!l.getCountry().isEmpty() && l.getCountry().length() == 2 && !l.getLanguage().isEmpty()) {
                String code = l.getCountry().equals("GB") ? "uk" : l.getCountry().toLowerCase(Locale.ROOT);
                addName(l.getDisplayCountry(l), code);
                LANGUAGE.putIfAbsent(code, l.getLanguage());
            }
        }
        // What providers write that no standard has: "UK", "USA", "GER", "LATAM", "EX-YU".
        Map.of("uk", "uk", "ger", "de", "spa", "es", "por", "pt", "lat", "latam", "latam", "latam", "exyu", "exyu",
                "ex-yu", "exyu", "usa", "us", "ksa", "sa").forEach(CODES::put);
        Map.of("uk", "en", "us", "en", "ca", "en", "au", "en", "ie", "en", "nz", "en", "in", "hi", "ch", "de",
                "be", "fr", "latam", "es").forEach(LANGUAGE::put);
        Map.of("america", "us", "deutschland", "de", "oesterreich", "at", "schweiz", "ch", "suisse", "ch",
                "england", "uk", "britain", "uk", "holland", "nl", "czechrepublic", "cz").forEach(NAMES::put);
    }

    private Countries() {
    }

    private static void addName(String name, String code) {
        String key = fold(name).replace(" ", "");
        if (key.length() >= 4) {
            NAMES.putIfAbsent(key, code);
            // German umlauts are also written out: "Oesterreich" for "Österreich".
            String spelled = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
                    .replace("ö", "oe").replace("ä", "ae").replace("ü", "ue");
            NAMES.putIfAbsent(fold(spelled), code);
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("[^\\p{L}\\p{N} ]", "").strip();
    }

    /** The country a prefix/suffix code stands for ("IN", "|UK|", "DEU"), or null when it is not one. */
    public static String code(String token) {
        return token == null ? null : CODES.get(token.toLowerCase(Locale.ROOT));
    }

    /** Whether a prefix/suffix code is a language or package marker without a country. */
    static boolean marker(String token) {
        return token != null && MARKERS.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * The country a single word of a name stands for when it stands bare ("Dave UK", "Ntv Austria",
     * "ATV2 HD AT"), or null. Codes that are common words ("TV", "ID", "IT") only count when they repeat
     * the country the prefix or group already named ({@code known}), except a few everyone writes.
     */
    static String bareWord(String token, String known) {
        String byName = NAMES.get(token);
        if (byName != null) {
            return byName;
        }
        String byCode = token.length() <= 3 ? CODES.get(token) : null;
        if (byCode == null) {
            return null;
        }
        return COMMON_BARE.contains(token) || byCode.equals(known) ? byCode : null;
    }

    /** The usual language of a country, or null. */
    static String language(String country) {
        return country == null ? null : LANGUAGE.get(country);
    }
}
