package dev.lineup.layout.epg;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Other ways the same name gets written, each tried as well as the name itself: in Latin letters
 * when it is in Cyrillic or Greek ("Первый канал" / "Pervyj kanal"), with its accented letters lost
 * the way a bad character-set conversion loses them ("ČT24" / "T24", "Markíza" / "Markza"), one
 * script of a name written in two ("Al Jazeera العربية"), and without a note in brackets ("DD News
 * (Doordarshan)"). Each variant says in words what was done, for the reason shown to the user.
 */
final class NameVariants {
    /** One variant: the text and what was done to get it. */
    record Variant(String text, String note) {
        /** Whether this is one script's part of a name written in two. */
        boolean part() {
            return note.startsWith(PART_NOTE);
        }

        /** The same part, said to be a guess because the whole name fits another guide channel. */
        Variant demoted() {
            return new Variant(text, note + WHOLE_FITS_ELSEWHERE);
        }
    }

    private static final Pattern BRACKET_NOTE = Pattern.compile("(?<=\\S)\\s*[(\\[（【][^)\\]）】]{2,}[)\\]）】]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String[] CYRILLIC = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e",
            "ж", "zh", "з", "z", "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p",
            "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch",
            "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya", "і", "i", "ї", "yi", "є", "ye", "ґ", "g",
            "ђ", "dj", "ј", "j", "љ", "lj", "њ", "nj", "ћ", "c", "џ", "dz", "ў", "u"};
    private static final String[] GREEK = {"α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i",
            "θ", "th", "ι", "i", "κ", "k", "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r",
            "σ", "s", "ς", "s", "τ", "t", "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o"};
    private static final java.util.Map<Integer, String> LATIN = new java.util.HashMap<>();

    static {
        for (String[] table : new String[][] {CYRILLIC, GREEK}) {
            for (int i = 0; i < table.length; i += 2) {
                LATIN.put(table[i].codePointAt(0), table[i + 1]);
            }
        }
    }

    private NameVariants() {
    }

    static final String LOOKALIKE_NOTE = "its capitals read as Cyrillic letters";
    /**
     * One script of a two-script name: often a translation of the other, but it may also be a word that tells
     * feeds apart ("Viju TV1000 русское" is the Russian feed): when the whole name fits a channel, a guess.
     */
    private static final String PART_NOTE = "using only its ";
    private static final String WHOLE_FITS_ELSEWHERE = ", though the whole name fits another guide channel";
    /** A rewrite that is only a reading: confidence it costs (enough that a person confirms what it finds). */
    static final double GUESS_PENALTY = 0.1;
    /** A rewrite that keeps the name as written in another form: the confidence it costs. */
    static final double REWRITE_PENALTY = 0.02;

    /** The confidence a variant with this note costs, 0 for the name itself (null). */
    static double penalty(String note) {
        return note == null ? 0 : note.equals(LOOKALIKE_NOTE) || note.endsWith(WHOLE_FITS_ELSEWHERE) ? GUESS_PENALTY : REWRITE_PENALTY;
    }

    /** Latin capitals that look like Cyrillic ones, read as the Cyrillic letter sounds: "CTC" is "СТС", "STS". */
    private static final String LOOKALIKE = "ABCEHKMOPTXY";
    private static final String[] SOUND = {"a", "v", "s", "e", "n", "k", "m", "o", "r", "t", "kh", "u"};
    /** Countries whose channels are often written in Cyrillic look-alike capitals ("THT" for "ТНТ"). */
    private static final java.util.Set<String> CYRILLIC_COUNTRIES = java.util.Set.of("ru", "ua", "by", "kz", "bg",
            "rs", "mk", "kg", "tj", "mn", "md", "ge", "am", "az", "uz");

    /** Variants of a guide display-name worth indexing (never the name itself). */
    static List<Variant> ofGuideName(String name, String country) {
        List<Variant> out = new ArrayList<>();
        if (country != null && CYRILLIC_COUNTRIES.contains(country)) {
            add(out, lookalikesRead(name), LOOKALIKE_NOTE);
        }
        if (!ascii(name)) {
            add(out, transliterated(name), "read in Latin letters");
            addNational(out, name, country);
            add(out, accentedLettersLost(name), "with its accented letters left out");
        }
        add(out, withoutNote(name), "without the note in brackets");
        return out;
    }

    /** Variants of a layout channel's name worth trying (never the name itself); {@code country} as far as known. */
    static List<Variant> ofChannelName(String name, String country) {
        List<Variant> out = new ArrayList<>();
        if (country != null && CYRILLIC_COUNTRIES.contains(country)) {
            add(out, lookalikesRead(name), LOOKALIKE_NOTE);
        }
        add(out, withoutNote(name), "without the note in brackets");
        if (ascii(name)) {
            return out;
        }
        add(out, transliterated(name), "read in Latin letters");
        addNational(out, name, country);
        List<String> parts = scriptParts(name);
        for (String p : parts) {
            add(out, p, PART_NOTE + (isLatin(p) ? "Latin-letter" : "other-script") + " part");
        }
        return out;
    }

    /** The name without its bracketed notes ("DD News (Doordarshan)" → "DD News"), or null when it has none. */
    static String withoutNote(String name) {
        if (name.indexOf('(') < 0 && name.indexOf('[') < 0 && ascii(name)) {
            return null;
        }
        String plain = BRACKET_NOTE.matcher(name).replaceAll(" ").strip();
        return !plain.equals(name.strip()) && plain.codePoints().filter(Character::isLetterOrDigit).count() >= 2 ? plain : null;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Variant> out, String text, String note) {
        if (text != null && !text.isBlank()) {
            out.add(new Variant(text, note));
        }
    }

    /**
     * Words of two or more capitals that could all be Cyrillic look-alikes ("CTC", "THT", "HTB") spelled by
     * their Cyrillic sound ("STS", "TNT", "NTV"); null when the name has no such word.
     */
    static String lookalikesRead(String name) {
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        for (String word : name.split("((?<=\\s)|(?=\\s))")) {
            String letters = word.replaceAll("\\d", "");
            if (letters.length() >= 2 && letters.chars().allMatch(ch -> LOOKALIKE.indexOf(ch) >= 0)) {
                for (char ch : word.toCharArray()) {
                    int i = LOOKALIKE.indexOf(ch);
                    sb.append(i >= 0 ? SOUND[i] : String.valueOf(ch));
                }
                changed = true;
            } else {
                sb.append(word);
            }
        }
        return changed ? sb.toString() : null;
    }

    /**
     * Ukrainian and Belarusian write г as "h" and Bulgarian ъ as "a" and щ as "sht" in their national
     * romanizations ("Гумор" → "Humor", "България" → "Balgariya"), where the Russian-style reading says
     * "g", nothing and "shch": for a channel of those countries both readings are tried.
     */
    private static final java.util.Map<String, String[]> NATIONAL = java.util.Map.of(
            "ua", new String[] {"г", "h", "и", "y"}, "by", new String[] {"г", "h"},
            "bg", new String[] {"ъ", "a", "щ", "sht"});

    private static void addNational(List<Variant> out, String name, String country) {
        String[] table = country == null ? null : NATIONAL.get(country);
        if (table == null) {
            return;
        }
        String local = name;
        for (int i = 0; i < table.length; i += 2) {
            local = local.replace(table[i], table[i + 1]).replace(table[i].toUpperCase(java.util.Locale.ROOT),
                    table[i + 1].substring(0, 1).toUpperCase(java.util.Locale.ROOT) + table[i + 1].substring(1));
        }
        if (!local.equals(name)) {
            add(out, transliterated(local), "read in Latin letters the " + country.toUpperCase(java.util.Locale.ROOT) + " way");
        }
    }

    /** Cyrillic and Greek letters in Latin, or null when the name has none. */
    static String transliterated(String name) {
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int lower = Character.toLowerCase(cp);
            String latin = LATIN.get(lower);
            if (latin == null && Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK) {
                // Accented Greek letters: the base letter decides.
                String base = MARKS.matcher(Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFD)).replaceAll("");
                latin = base.isEmpty() ? null : LATIN.get(base.codePointAt(0));
            }
            if (latin != null) {
                sb.append(Character.isUpperCase(cp) && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
                changed = true;
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return changed ? sb.toString() : null;
    }

    /** A Latin-letter name with its non-ASCII letters deleted, or null when it has none or is not in Latin letters. */
    static String accentedLettersLost(String name) {
        boolean lost = false;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 128 && Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return null;
                }
                lost = true;
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String out = sb.toString().strip();
        return lost && out.codePoints().filter(Character::isLetterOrDigit).count() >= 2 ? out : null;
    }

    /** The Latin-letter words and the other-script words of a name written in two scripts, else nothing. */
    static List<String> scriptParts(String name) {
        StringBuilder latin = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (String word : name.split("\\s+")) {
            boolean hasLatin = word.codePoints().anyMatch(c -> Character.isLetter(c) && isLatin(c));
            boolean hasOther = word.codePoints().anyMatch(c -> Character.isLetter(c) && !isLatin(c));
            if (hasLatin && !hasOther) {
                latin.append(word).append(' ');
            } else if (hasOther && !hasLatin) {
                other.append(word).append(' ');
            } else if (!hasLatin && !hasOther) {
                latin.append(word).append(' ');
                other.append(word).append(' ');
            }
        }
        String a = latin.toString().strip();
        String b = other.toString().strip();
        CountryAffixes.Prefix prefix = CountryAffixes.leading(a, null);
        String latinName = prefix == null ? a : a.substring(prefix.end());
        if (!names(latinName) || !hasLetters(b)) {
            return List.of();
        }
        return List.of(a, b);
    }

    /** Whether the words name something: a Latin part that is only tags ("HD+", "4K") names nothing. */
    private static boolean names(String s) {
        return NameNormalizer.tokens(s).stream().anyMatch(t -> !NameNormalizer.QUALITY.contains(t) && !t.equals("plus")
                && t.codePoints().filter(Character::isLetter).count() >= 2);
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter).allMatch(NameVariants::isLatin);
    }

    private static boolean isLatin(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
