package dev.lineup.layout.epg;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns provider and guide channel names into comparable keys. Every rule here is general (no
 * channel-specific exceptions) so it holds on lists it was never tuned on. Thread-safe.
 */
final class NameNormalizer {
    /** Quality and encoding tags: say how a feed is sent, never which channel it is. */
    static final Set<String> QUALITY = Set.of("hd", "fhd", "uhd", "sd", "4k", "8k", "hevc", "h265", "h264",
            "x265", "x264", "1080p", "1080i", "720p", "576p", "576i", "2160p", "480p", "hdr", "hq", "lq", "50fps",
            "60fps", "25fps", "fullhd", "hdtv", "raw", "backup", "multi", "audio", "vip");
    /** "24x7" (and "24/7") says a channel never stops, not which channel it is. */
    static final String ROUND_THE_CLOCK = "24x7";
    private static final Set<String> FILLER = Set.of("channel", "tv", "the", "and", "television", "chanel", ROUND_THE_CLOCK);
    /** Abbreviations providers use for words the guides write out (and the reverse), as the guide writes them. */
    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "natgeo", List.of("national", "geographic"), "intl", List.of("international"),
            "int", List.of("international"), "ent", List.of("entertainment"), "doc", List.of("documentary"),
            "docu", List.of("documentary"), "sci", List.of("science"), "hist", List.of("history"));
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eins", "1"), Map.entry("uno", "1"),
            Map.entry("due", "2"), Map.entry("tre", "3"), Map.entry("zwei", "2"), Map.entry("drei", "3"),
            Map.entry("vier", "4"), Map.entry("deux", "2"), Map.entry("trois", "3"), Map.entry("dos", "2"),
            Map.entry("tres", "3"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            // Hungarian, Slavic in Latin letters (Cyrillic ones arrive transliterated): "RTL Kettő", "Rossiya Dva".
            Map.entry("ketto", "2"), Map.entry("harom", "3"), Map.entry("negy", "4"), Map.entry("dva", "2"),
            Map.entry("dve", "2"), Map.entry("dwa", "2"), Map.entry("odin", "1"), Map.entry("jedna", "1"),
            Map.entry("tri", "3"), Map.entry("trzy", "3"), Map.entry("chetyre", "4"), Map.entry("ctyri", "4"));
    /** Roman numerals after the first word ("RTL II", "Rai III"): the channel's number, as digits. */
    private static final Map<String, String> ROMAN = Map.of("ii", "2", "iii", "3", "iv", "4", "vi", "6", "vii", "7",
            "viii", "8", "ix", "9");
    /** Trade-mark signs say nothing about the channel (NFKC would turn "™" into the letters "TM"). */
    private static final Pattern MARK_SIGNS = Pattern.compile("[\u2122\u00AE\u00A9\u2120]");
    /** A lone '+' ending the name ("M4 Sport +", "Canal +") is part of it: read as the word "plus". */
    private static final Pattern TRAILING_PLUS = Pattern.compile("(?<=\\p{L})\\s+\\+\\s*$");

    private static final Pattern TRAILING_SHIFT = Pattern.compile(
            "\\s*[(\\[]?\\s*\\+\\s*(\\d{1,2})\\s*(?:h|hr|hrs|hour|hours)?\\s*[)\\]]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_QUALITY = Pattern.compile(
            "(?:[\\s\\-|_/]+|(?=[(\\[]))[(\\[]?\\s*(?:f?hd\\+?|uhd|sd|[48]k|hevc|h\\.?26[45]|x26[45]|\\d{3,4}[pi]|hdr|\\d{2}fps|full ?hd)\\s*[)\\]]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLUS_AS_WORD = Pattern.compile("(?<=\\p{L})\\+(?!\\s*\\d)");
    /** "HD+", "FHD+": a quality tag, not the word "plus". */
    private static final Pattern QUALITY_PLUS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(f?hd|uhd)\\+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    NormalizedName normalize(String raw) {
        return normalize(raw, null);
    }

    /**
     * @param known the country the channel's group or source already names, or null: a bare code that
     *              repeats it ("IN Zee TV" in group "IN", "ATV AT") is read as a country, not as a word
     */
    NormalizedName normalize(String raw, String known) {
        String s = raw == null ? "" : raw;
        s = (ascii(s) ? s : Normalizer.normalize(MARK_SIGNS.matcher(s).replaceAll(""), Normalizer.Form.NFKC)).strip();
        List<String> removed = new ArrayList<>();
        String country = null;
        boolean quality = false;
        int shift = 0;
        // Leading codes may stack ("|EN| UK: BBC One"); the first real country wins.
        for (CountryAffixes.Prefix p = CountryAffixes.leading(s, known); p != null; p = CountryAffixes.leading(s, known)) {
            country = country == null ? p.country() : country;
            removed.add("country prefix '" + s.substring(0, p.end()).strip() + "'");
            s = s.substring(p.end());
        }
        // Trailing decorations come in any order ("E4 +1 HD", "E4 HD +1", "Arte (FR) HD").
        boolean changed = true;
        while (changed && mayHaveTrailingTag(s)) {
            changed = false;
            Matcher q = TRAILING_QUALITY.matcher(s);
            if (q.find() && q.start() > 0) {
                removed.add("quality tag '" + q.group().strip() + "'");
                quality = true;
                s = s.substring(0, q.start());
                changed = true;
            }
            Matcher t = TRAILING_SHIFT.matcher(s);
            if (t.find() && t.start() > 0 && shift == 0) {
                int hours = Integer.parseInt(t.group(1));
                if (hours >= 1 && hours <= 12) {
                    shift = hours;
                    s = s.substring(0, t.start());
                    changed = true;
                }
            }
            CountryAffixes.Trailing c = CountryAffixes.trailing(s);
            if (c != null) {
                country = country == null ? c.country() : country;
                removed.add("country suffix '" + c.text() + "'");
                s = s.substring(0, c.start());
                changed = true;
            }
        }
        List<String> tokens = tokens(TRAILING_PLUS.matcher(s).replaceAll(" plus"));
        if (tokens.size() > 1 && tokens.stream().anyMatch(QUALITY::contains)) {
            List<String> kept = tokens.stream().filter(tok -> !QUALITY.contains(tok)).toList();
            if (!kept.isEmpty()) {
                tokens.stream().filter(QUALITY::contains).distinct()
                        .forEach(tok -> removed.add("quality tag '" + tok.toUpperCase(Locale.ROOT) + "'"));
                quality = true;
                tokens = kept;
            }
        }
        String full = String.join("", tokens);
        // A country word last ("Ntv Austria", "ATV2 HD AT", "MTV India") says which feed, not which channel.
        while (tokens.size() > 1) {
            String last = tokens.get(tokens.size() - 1);
            String word = Countries.bareWord(last, country != null ? country : known);
            List<String> rest = tokens.subList(0, tokens.size() - 1);
            String restKey = String.join("", rest);
            if (word == null || restKey.length() < 2 || restKey.chars().noneMatch(Character::isLetter)
                    || country != null && !country.equals(word)) {
                break;
            }
            country = word;
            removed.add("country word '" + last + "'");
            tokens = new ArrayList<>(rest);
        }
        String compact = String.join("", tokens);
        return new NormalizedName(raw, tokens, compact, full.equals(compact) ? null : full, loose(tokens), shift,
                country, removed, quality);
    }

    /** Words of a name: accents, case and punctuation gone, "&" as "and", "Canal+" as "canal plus". */
    static List<String> tokens(String s) {
        String t = s.replace("&", " and ").replace("'", "").replace("’", "").replace("24/7", " 24x7 ");
        if (t.indexOf('+') >= 0) {
            t = PLUS_AS_WORD.matcher(QUALITY_PLUS.matcher(t).replaceAll("$1")).replaceAll(" plus ");
        }
        if (!ascii(t)) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        }
        t = t.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
                .replace("œ", "oe").replace("ł", "l").replace("đ", "d");
        List<String> out = new ArrayList<>();
        for (String part : NON_ALNUM.split(t)) {
            if (part.isEmpty()) {
                continue;
            }
            // Quality tags like "h265" or "1080p" and "24x7" must survive the letter/digit split below.
            if (QUALITY.contains(part) || part.equals(ROUND_THE_CLOCK)) {
                out.add(part);
                continue;
            }
            for (String w : LETTER_DIGIT.split(part)) {
                if (ascii(w)) {
                    out.add(NUMBER_WORDS.getOrDefault(w, w));
                } else {
                    out.addAll(scriptWords(w));
                }
            }
        }
        for (int i = 1; i < out.size(); i++) {
            out.set(i, ROMAN.getOrDefault(out.get(i), out.get(i)));
        }
        return expandAbbreviations(out);
    }

    /**
     * A word that changes between Latin and another script is two words ("BS釣りビジョン", "チャンネルHD"):
     * names in Japanese, Chinese or Arabic often run a Latin brand or tag into the rest without a space.
     */
    private static List<String> scriptWords(String w) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        Boolean latin = null;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (Character.isLetter(cp)) {
                boolean l = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
                if (latin != null && l != latin) {
                    out.add(w.substring(start, i));
                    start = i;
                }
                latin = l;
            }
            i += Character.charCount(cp);
        }
        out.add(w.substring(start));
        return out;
    }

    /** "Nat Geo" and "NatGeo" as "national geographic", "Intl" as "international". */
    private static List<String> expandAbbreviations(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("nat") && i + 1 < words.size() && words.get(i + 1).equals("geo")) {
                w = "natgeo";
                i++;
            }
            List<String> full = words.size() > 1 ? ABBREVIATIONS.get(w) : null;
            if (full != null) {
                out.addAll(full);
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** Words that name no channel on their own: filler ("tv", "channel"), quality tags, "plus". */
    static boolean generic(String word) {
        return FILLER.contains(word) || QUALITY.contains(word) || word.equals("plus");
    }

    /** Compact key without filler words and a trailing country word, or null if too little is left. */
    static String loose(List<String> tokens) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            boolean trailingCountry = i == tokens.size() - 1 && i > 0 && Countries.bareWord(tok, null) != null;
            if (!FILLER.contains(tok) && !trailingCountry) {
                kept.add(tok);
            }
        }
        String key = String.join("", kept);
        long letters = key.chars().filter(Character::isLetter).count();
        // "Channel 4" must not shrink to "4": what is left has to name something on its own.
        return letters >= 2 && key.length() >= 3 ? key : null;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Cheap pre-check: a trailing tag ends in a bracket/bar or sits in a short last word or after '+'. */
    private static boolean mayHaveTrailingTag(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        int space = Math.max(s.lastIndexOf(' '), Math.max(s.lastIndexOf('-'), s.lastIndexOf('|')));
        return last == ')' || last == ']' || last == '|' || s.lastIndexOf('/') > 0 || s.indexOf('+') >= 0 || space >= 0 && s.length() - space <= 8;
    }

}
