package dev.lineup.layout.epg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The metrics of the set's {@code score.py}, computed the same way on the matcher's result: a channel
 * is auto-applied when its best candidate reaches the threshold; precision = right auto-applied ÷
 * auto-applied; recall = right auto-applied ÷ entries with a match; top-1/top-3 over entries with a
 * match; false auto-applies on entries without one.
 */
record DevSetScore(String label, int entries, int withMatch, int applied, int appliedRight, int falseOnNone,
                   int top1, int top3, List<String> errors) {

    static DevSetScore score(String label, DevSet set, MatchResult result, double threshold, Predicate<String> include) {
        int entries = 0, withMatch = 0, applied = 0, appliedRight = 0, falseOnNone = 0, top1 = 0, top3 = 0;
        List<String> errors = new ArrayList<>();
        for (ChannelMatch m : result.matches()) {
            String name = m.channel().name();
            if (!set.truth().containsKey(name) || !include.test(name)) {
                continue;
            }
            entries++;
            boolean hasMatch = set.truth().get(name) != null;
            List<GuideProposal> c = m.candidates();
            if (hasMatch) {
                withMatch++;
                top1 += !c.isEmpty() && set.right(name, c.get(0).guideId()) ? 1 : 0;
                top3 += c.stream().limit(3).anyMatch(p -> set.right(name, p.guideId())) ? 1 : 0;
            }
            if (!c.isEmpty() && c.get(0).confidence() >= threshold) {
                applied++;
                if (set.right(name, c.get(0).guideId())) {
                    appliedRight++;
                } else {
                    falseOnNone += hasMatch ? 0 : 1;
                    errors.add("wrong auto-apply: " + name + " -> " + c.get(0).guideId() + " " + c.get(0).confidence()
                            + " (truth " + set.truth().get(name) + "): " + c.get(0).reason());
                }
            } else if (hasMatch && c.stream().limit(3).noneMatch(p -> set.right(name, p.guideId()))) {
                errors.add("top-3 miss: " + name + " (truth " + set.truth().get(name) + ") got "
                        + c.stream().limit(3).map(p -> p.guideId() + " " + p.confidence()).toList());
            }
        }
        return new DevSetScore(label, entries, withMatch, applied, appliedRight, falseOnNone, top1, top3, errors);
    }

    /** One score per value of {@code key} (kind or country), in name order. */
    static List<DevSetScore> by(Map<String, String> key, DevSet set, MatchResult result, double threshold,
                                Predicate<String> include) {
        List<DevSetScore> out = new ArrayList<>();
        for (String v : new TreeMap<>(Map.copyOf(invert(key))).keySet()) {
            out.add(score(v, set, result, threshold, n -> include.test(n) && v.equals(key.get(n))));
        }
        return out;
    }

    private static Map<String, String> invert(Map<String, String> m) {
        Map<String, String> out = new TreeMap<>();
        m.values().forEach(v -> out.put(v, v));
        return out;
    }

    static Predicate<String> countries(DevSet set, Set<String> countries) {
        return n -> countries.contains(set.country().get(n));
    }

    double precision() {
        return applied == 0 ? 0 : (double) appliedRight / applied;
    }

    double recall() {
        return withMatch == 0 ? 0 : (double) appliedRight / withMatch;
    }

    double top1Recall() {
        return withMatch == 0 ? 0 : (double) top1 / withMatch;
    }

    double top3Recall() {
        return withMatch == 0 ? 0 : (double) top3 / withMatch;
    }

    /** A Markdown table row: label, entries, with match, auto-applied, precision, recall, top-1, top-3, false on none. */
    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %d of %d |", label, entries,
                withMatch, applied, precision(), recall(), top1Recall(), top3Recall(), falseOnNone, entries - withMatch);
    }

    static String header(String first) {
        return "| " + first + " | entries | with a match | auto-applied | auto precision | auto recall | top-1 | top-3 "
                + "| false auto on no-match |\n|---|---|---|---|---|---|---|---|---|";
    }
}
