package dev.lineup.layout.epg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Similar-name look-up for names no exact rule matched: abbreviations ("Nat Geo", "Intl"), extra or
 * missing words. Candidates come from word-prefix postings, never from a scan of the whole guide;
 * confidence stays below what a careful default auto-applies, because similar is not the same.
 */
final class SimilarNames {
    static final double MAX_CONFIDENCE = 0.85;
    /** All the name's words in a guide name of the name's country: above another country's same name (0.88 with its prior). */
    static final double CONTAINED_AT_HOME = 0.86;
    /** Postings longer than this are too common to narrow anything down ("sky", "tv", "1"). */
    private static final int MAX_POSTINGS = 1500;
    private static final int SCORED_PER_CHANNEL = 40;

    private final GuideIndex index;
    private final int[] hits;
    private final List<Integer> touched = new ArrayList<>();
    private final java.util.Map<String, String> spellings = new java.util.HashMap<>();

    /** Not thread-safe: keeps a scratch array the size of the guide; use one per thread. */
    SimilarNames(GuideIndex index) {
        this.index = index;
        this.hits = new int[index.nameCount()];
    }

    void collect(NormalizedName n, Proposals out) {
        collect(n, null, n.country(), out);
    }

    /**
     * @param variantNote how the channel's name was rewritten to get {@code n}, or null
     * @param country     the channel's country as far as known: its channels are scored first, so a common
     *                    word ("Sport") cannot crowd the right one out of the few scored
     */
    void collect(NormalizedName n, String variantNote, String country, Proposals out) {
        List<String> words = n.tokens().stream().filter(t -> !NameNormalizer.QUALITY.contains(t)).distinct().toList();
        if (words.isEmpty()) {
            return;
        }
        List<int[]> lists = new ArrayList<>();
        int[] smallest = null;
        Set<String> keys = new HashSet<>();
        for (String w : words) {
            // The word's first letters, and its first consonants once romanizations are folded ("Rossiya"/"Russia").
            for (String key : new String[] {GuideIndex.prefixKey(w), Spellings.soundKey(w)}) {
                if (key == null || !keys.add(key)) {
                    continue;
                }
                int[] p = index.byPrefix(key);
                if (p.length > 0 && (smallest == null || p.length < smallest.length)) {
                    smallest = p;
                }
                if (p.length > 0 && p.length <= MAX_POSTINGS) {
                    lists.add(p);
                }
            }
        }
        if (lists.isEmpty() && smallest != null) {
            lists.add(smallest);
        }
        for (int[] p : lists) {
            for (int e : p) {
                if (hits[e]++ == 0) {
                    touched.add(e);
                }
            }
        }
        // Best-first by shared keys without sorting everything (hits are bounded by the key count), and within
        // one count the channel's own country first: one pass to bucket, then at most SCORED_PER_CHANNEL scored.
        List<List<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i < 2 * (lists.size() + 1); i++) {
            buckets.add(null);
        }
        for (int e : touched) {
            boolean home = country != null && index.countries(index.name(e).guide()).contains(country);
            int b = 2 * Math.min(hits[e], lists.size()) + (home ? 1 : 0);
            if (buckets.get(b) == null) {
                buckets.set(b, new ArrayList<>());
            }
            buckets.get(b).add(e);
        }
        int scored = 0;
        for (int b = buckets.size() - 1; b >= 2 && scored < SCORED_PER_CHANNEL; b--) {
            List<Integer> bucket = buckets.get(b);
            for (int i = 0; bucket != null && i < bucket.size() && scored < SCORED_PER_CHANNEL; i++) {
                score(n, words, bucket.get(i), variantNote, b % 2 == 1, out);
                scored++;
            }
        }
        for (int e : touched) {
            hits[e] = 0;
        }
        touched.clear();
    }

    private void score(NormalizedName n, List<String> words, int e, String variantNote, boolean home, Proposals out) {
        GuideIndex.NameEntry entry = index.name(e);
        List<String> other = entry.name().tokens().stream().filter(t -> !NameNormalizer.QUALITY.contains(t)).toList();
        if (other.isEmpty() || entry.name().shiftHours() != 0 && entry.name().shiftHours() != n.shiftHours()) {
            return;
        }
        double wa = 0, ma = 0, wb = 0, mb = 0;
        List<String> shared = new ArrayList<>();
        for (String a : words) {
            double w = index.weight(a);
            wa += w;
            double m = bestMatch(a, other);
            ma += w * m;
            if (m > 0) {
                shared.add(a);
            }
        }
        for (String b : other) {
            double w = index.weight(b);
            wb += w;
            mb += w * bestMatch(b, words);
        }
        double sim = (ma + mb) / (wa + wb);
        boolean sameNumbers = digits(words).equals(digits(other));
        if (!sameNumbers) {
            // "Sky Sports 1" and "Sky Sports 2" share every word but the one that matters.
            sim *= 0.25;
        }
        if (sim < 0.3) {
            return;
        }
        boolean contained = home && sameNumbers && other.size() - words.size() <= 2 && other.containsAll(words)
                && words.stream().anyMatch(w -> Character.isLetter(w.charAt(0)) && !NameNormalizer.generic(w));
        // Every word of the name in a channel of the name's own country ("CNBC" in "CNBC Asia" for an SG
        // provider): what a person picks over the same name in another country's guide, though not blindly.
        double confidence = (contained ? CONTAINED_AT_HOME : Math.min(MAX_CONFIDENCE, 0.2 + 0.65 * sim))
                - NameEvidence.penalty(variantNote, entry);
        int shift = n.shiftHours() > 0 && entry.name().shiftHours() == 0 ? n.shiftHours() : 0;
        String reason = (contained ? "every word of the " + NameEvidence.names(variantNote, entry).replace(" matches ", " is in ")
                + ", a channel of the same country" : "similar " + NameEvidence.names(variantNote, entry).replace(" matches ", ": ")
                + " (words in common: " + String.join(", ", shared) + ")")
                + (shift > 0 ? "; mapped to the base channel with a +" + shift + " h shift" : "");
        out.offer(entry.guide(), confidence, reason, shift, true);
    }

    /**
     * 1 for the same word, less for an abbreviation of it ("intl" / "international", "S" for "Salzburg"
     * in "ORF2S") or another spelling of it ("Ruposhi" / "Rupasi", transliterations differ by a letter or two).
     */
    double bestMatch(String a, List<String> others) {
        double best = 0;
        String spelled = null;
        for (String b : others) {
            if (a.equals(b)) {
                return 1;
            }
            spelled = spelled == null ? spelling(a) : spelled;
            if (spelled.equals(spelling(b))) {
                // Two romanizations of one word ("Pyatnitsa" / "Pjatnica").
                best = Math.max(best, 0.9);
                continue;
            }
            if (Character.isLetter(a.charAt(0)) && Character.isLetter(b.charAt(0))) {
                String s = a.length() <= b.length() ? a : b;
                String l = s == a ? b : a;
                if (s.length() >= 3 && l.startsWith(s)) {
                    best = Math.max(best, 0.8);
                } else if (s.length() >= 3 && s.charAt(0) == l.charAt(0) && subsequence(s, l)) {
                    best = Math.max(best, 0.6);
                } else if (s.length() >= 5 && editDistanceAtMost(s, l, l.length() >= 6 ? 2 : 1)) {
                    best = Math.max(best, 0.6);
                } else if (s.length() >= 4 && editDistanceAtMost(spelling(s), spelling(l), 1)) {
                    best = Math.max(best, 0.6);
                } else if (s.length() <= 2 && l.length() >= 4 && l.startsWith(s) && s.chars().allMatch(Character::isLetter)) {
                    best = Math.max(best, 0.5);
                }
            }
        }
        return best;
    }

    /** A word's spelling key, kept for the run: the same guide words come up for channel after channel. */
    private String spelling(String word) {
        return spellings.computeIfAbsent(word, Spellings::key);
    }

    /** Whether a and b differ by at most {@code max} inserted, deleted or replaced letters. */
    static boolean editDistanceAtMost(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= max;
    }

    private static boolean subsequence(String s, String l) {
        int i = 0;
        for (int j = 0; j < l.length() && i < s.length(); j++) {
            if (s.charAt(i) == l.charAt(j)) {
                i++;
            }
        }
        return i == s.length();
    }

    private static Set<String> digits(List<String> tokens) {
        Set<String> d = new HashSet<>();
        for (String t : tokens) {
            if (Character.isDigit(t.charAt(0)) && !t.equals(NameNormalizer.ROUND_THE_CLOCK)) {
                d.add(t);
            }
        }
        return d;
    }
}
