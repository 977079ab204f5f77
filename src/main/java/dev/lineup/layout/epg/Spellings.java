package dev.lineup.layout.epg;

import java.util.List;

/**
 * One spelling for the ways a name gets written in Latin letters when it comes from another script.
 * Cyrillic (and Greek) names reach playlists romanized by whoever typed them: ISO 9/GOST ("Pjatnica",
 * "Rossija"), BGN/PCGN and passports ("Pyatnitsa", "Rossiya"), informal forms ("Piatnica",
 * "Perviy"/"Pervyj"/"Pervyi", "Kinokhit"/"Kinohit"). A word's spelling key folds those choices
 * together (ya/ja/ia, yu/ju/iu, ye/je/e, zh/z, kh/h, ts/c, ch/c, sh/shch/sch/s, y/j/i, doubled letters,
 * -iy/-yj/-ij/-yi endings), so two romanizations of one word get one key. The fold is the same on
 * both sides, so it can only join names that sound alike; it never decides alone whether two different
 * channels are one (callers give it less confidence than an exact name).
 */
final class Spellings {
    /** Letter groups, longest first, and the one spelling they fold into. */
    private static final String[][] FOLDS = {
            {"shch", "s"}, {"sch", "s"}, {"tch", "c"}, {"sh", "s"}, {"ch", "c"}, {"zh", "z"}, {"kh", "h"},
            {"ts", "c"}, {"tz", "c"}, {"cz", "c"}, {"ck", "k"}, {"ph", "f"}, {"w", "v"}, {"q", "k"},
            {"ye", "e"}, {"je", "e"}, {"y", "i"}, {"j", "i"}};

    private Spellings() {
    }

    /** The spelling key of one lower-case word; words with digits are their own key. */
    static String key(String token) {
        if (token.isEmpty() || !Character.isLetter(token.charAt(0)) || token.chars().anyMatch(Character::isDigit)) {
            return token;
        }
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); ) {
            String fold = null;
            int len = 0;
            for (String[] f : FOLDS) {
                if (token.startsWith(f[0], i)) {
                    fold = f[1];
                    len = f[0].length();
                    break;
                }
            }
            String next = fold != null ? fold : String.valueOf(token.charAt(i));
            i += fold != null ? len : 1;
            // Doubled letters ("Russkiy", "Rossiia" from "Rossija") say nothing about which word it is.
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != next.charAt(0)) {
                sb.append(next);
            }
        }
        return sb.toString();
    }

    /** The spelling key of a whole name: its words' keys joined, as {@link NormalizedName#compact()} joins words. */
    static String key(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(key(t));
        }
        return sb.toString();
    }

    /**
     * The first three consonants of a word's spelling key ("rossiya", "russia" → "~rs"): a retrieval key
     * that survives a different vowel or romanization in the first letters, where a word's first three
     * letters do not ("pya"/"pja"/"pia"). Null for words too short or too vowel-heavy to narrow anything.
     */
    static String soundKey(String token) {
        String k = key(token);
        if (k.length() < 4 || !Character.isLetter(k.charAt(0))) {
            return null;
        }
        StringBuilder sb = new StringBuilder("~");
        for (int i = 0; i < k.length() && sb.length() < 4; i++) {
            char c = k.charAt(i);
            if ("aeiou".indexOf(c) < 0 && (sb.length() == 1 || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c);
            }
        }
        return sb.length() >= 3 ? sb.toString() : null;
    }
}
