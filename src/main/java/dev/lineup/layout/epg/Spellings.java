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
    private Spellings() {
    }

    /**
     * The spelling key of one lower-case word; words with digits are their own key. Letter groups fold,
     * longest first: shch/sch/sh → s, tch/ch/ts/tz/cz → c, zh → z, kh → h, ck/q → k, ph → f, w → v,
     * ye/je → e, y/j → i; then doubled letters are one. (A hand-written scanner: this runs for every word
     * pair the similar-name search scores.)
     */
    static String key(String token) {
        int n = token.length();
        if (n == 0 || !Character.isLetter(token.charAt(0))) {
            return token;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                return token;
            }
            char next = i + 1 < n ? token.charAt(i + 1) : 0;
            char after = i + 2 < n ? token.charAt(i + 2) : 0;
            char out = c;
            int len = 1;
            switch (c) {
                case 's' -> {
                    if (next == 'h') {
                        len = token.startsWith("shch", i) ? 4 : 2;
                    } else if (next == 'c' && after == 'h') {
                        len = 3;
                    }
                }
                case 't' -> {
                    if (next == 'c' && after == 'h') {
                        out = 'c';
                        len = 3;
                    } else if (next == 's' || next == 'z') {
                        out = 'c';
                        len = 2;
                    }
                }
                case 'c' -> {
                    if (next == 'h' || next == 'z') {
                        len = 2;
                    } else if (next == 'k') {
                        out = 'k';
                        len = 2;
                    }
                }
                case 'z' -> len = next == 'h' ? 2 : 1;
                case 'k' -> {
                    if (next == 'h') {
                        out = 'h';
                        len = 2;
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        out = 'f';
                        len = 2;
                    }
                }
                case 'w' -> out = 'v';
                case 'q' -> out = 'k';
                case 'y', 'j' -> {
                    out = next == 'e' ? 'e' : 'i';
                    len = next == 'e' ? 2 : 1;
                }
                default -> {
                }
            }
            i += len;
            // Doubled letters ("Russkiy", "Rossiia" from "Rossija") say nothing about which word it is.
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != out) {
                sb.append(out);
            }
        }
        return sb.length() == n && sb.toString().equals(token) ? token : sb.toString();
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
