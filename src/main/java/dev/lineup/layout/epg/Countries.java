package dev.lineup.layout.epg;

import java.util.Locale;
import java.util.Map;

/**
 * Country and language codes as providers write them in channel names ("UK:", "|DE|", "(FR)") and as
 * guide ids end (".uk", ".us"). Everything maps to one two-letter country code so hints compare.
 */
final class Countries {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("uk", "uk"), Map.entry("gb", "uk"),
            Map.entry("us", "us"), Map.entry("usa", "us"), Map.entry("ca", "ca"), Map.entry("can", "ca"),
            Map.entry("de", "de"), Map.entry("ger", "de"), Map.entry("deu", "de"), Map.entry("at", "at"),
            Map.entry("ch", "ch"), Map.entry("fr", "fr"), Map.entry("fra", "fr"), Map.entry("es", "es"),
            Map.entry("esp", "es"), Map.entry("spa", "es"), Map.entry("it", "it"), Map.entry("ita", "it"),
            Map.entry("pt", "pt"), Map.entry("por", "pt"), Map.entry("br", "br"), Map.entry("bra", "br"),
            Map.entry("mx", "mx"), Map.entry("mex", "mx"), Map.entry("ar", "ar"), Map.entry("arg", "ar"),
            Map.entry("nl", "nl"), Map.entry("be", "be"), Map.entry("pl", "pl"), Map.entry("pol", "pl"),
            Map.entry("ru", "ru"), Map.entry("rus", "ru"), Map.entry("tr", "tr"), Map.entry("tur", "tr"),
            Map.entry("gr", "gr"), Map.entry("se", "se"), Map.entry("swe", "se"), Map.entry("no", "no"),
            Map.entry("dk", "dk"), Map.entry("fi", "fi"), Map.entry("ie", "ie"), Map.entry("irl", "ie"),
            Map.entry("in", "in"), Map.entry("pk", "pk"), Map.entry("au", "au"), Map.entry("aus", "au"),
            Map.entry("nz", "nz"), Map.entry("za", "za"), Map.entry("ae", "ae"), Map.entry("qa", "qa"),
            Map.entry("ro", "ro"), Map.entry("hu", "hu"), Map.entry("cz", "cz"), Map.entry("hr", "hr"),
            Map.entry("rs", "rs"), Map.entry("bg", "bg"), Map.entry("ua", "ua"), Map.entry("al", "al"),
            Map.entry("lat", "latam"), Map.entry("latam", "latam"), Map.entry("exyu", "exyu"));

    /** Language or package markers providers put where a country code goes: stripped, no country hint. */
    private static final java.util.Set<String> MARKERS = java.util.Set.of("en", "eng", "ara", "arb", "vip", "multi", "ex-yu");

    /** Bare words that, standing last in a name, only say which country's feed it is ("Dave UK"). */
    private static final Map<String, String> BARE_SUFFIX = Map.ofEntries(
            Map.entry("uk", "uk"), Map.entry("us", "us"), Map.entry("usa", "us"), Map.entry("de", "de"),
            Map.entry("fr", "fr"), Map.entry("ca", "ca"), Map.entry("au", "au"), Map.entry("ie", "ie"),
            Map.entry("france", "fr"), Map.entry("deutschland", "de"), Map.entry("germany", "de"),
            Map.entry("italia", "it"), Map.entry("italy", "it"), Map.entry("espana", "es"), Map.entry("spain", "es"),
            Map.entry("canada", "ca"), Map.entry("america", "us"), Map.entry("nederland", "nl"));

    private static final Map<String, String> LANGUAGE = Map.ofEntries(
            Map.entry("uk", "en"), Map.entry("us", "en"), Map.entry("ca", "en"), Map.entry("au", "en"),
            Map.entry("ie", "en"), Map.entry("nz", "en"), Map.entry("de", "de"), Map.entry("at", "de"),
            Map.entry("ch", "de"), Map.entry("fr", "fr"), Map.entry("be", "fr"), Map.entry("es", "es"),
            Map.entry("mx", "es"), Map.entry("ar", "es"), Map.entry("latam", "es"), Map.entry("it", "it"),
            Map.entry("pt", "pt"), Map.entry("br", "pt"), Map.entry("nl", "nl"), Map.entry("pl", "pl"),
            Map.entry("ru", "ru"), Map.entry("tr", "tr"), Map.entry("gr", "el"), Map.entry("se", "sv"));

    private Countries() {
    }

    /** The country a prefix/suffix code stands for, or null when it is not one. */
    static String code(String token) {
        return token == null ? null : CODES.get(token.toLowerCase(Locale.ROOT));
    }

    /** Whether a prefix/suffix code is a language or package marker without a country. */
    static boolean marker(String token) {
        return token != null && MARKERS.contains(token.toLowerCase(Locale.ROOT));
    }

    static String bareSuffix(String token) {
        return BARE_SUFFIX.get(token);
    }

    /** The usual language of a country, or null. */
    static String language(String country) {
        return country == null ? null : LANGUAGE.get(country);
    }
}
