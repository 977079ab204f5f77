package dev.lineup.layout.epg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the evidence for one layout channel: the best score per guide channel, then ranks. */
final class Proposals {
    /** Mutable while collecting; turned into a {@link GuideProposal} at the end. */
    static final class Scored {
        final int guide;
        double confidence;
        String reason;
        int shift;
        final boolean nameBased;

        Scored(int guide, double confidence, String reason, int shift, boolean nameBased) {
            this.guide = guide;
            this.confidence = confidence;
            this.reason = reason;
            this.shift = shift;
            this.nameBased = nameBased;
        }
    }

    private final Map<Integer, Scored> best = new HashMap<>();

    /** Records one piece of evidence; a guide channel keeps its strongest. */
    void offer(int guide, double confidence, String reason, int shift, boolean nameBased) {
        Scored s = best.get(guide);
        if (s == null || confidence > s.confidence) {
            best.put(guide, new Scored(guide, confidence, reason, shift, nameBased));
        }
    }

    int size() {
        return best.size();
    }

    int countAtLeast(double confidence) {
        return (int) best.values().stream().filter(s -> s.confidence >= confidence).count();
    }

    /** Whether a guide channel that passes {@code which} has evidence of at least {@code confidence}. */
    boolean anyAtLeast(double confidence, java.util.function.IntPredicate which) {
        return best.values().stream().anyMatch(s -> s.confidence >= confidence && which.test(s.guide));
    }

    boolean has(int guide) {
        return best.containsKey(guide);
    }

    List<Scored> all() {
        return new ArrayList<>(best.values());
    }

    /** Best first; ties go to the source the user ranks first, then the shorter id. */
    static List<Scored> ranked(List<Scored> list, GuideIndex index) {
        return ranked(list, index, List.of());
    }

    /**
     * As {@link #ranked(List, GuideIndex)}, searching only {@code sources} (all when empty) and ranking them
     * in that order on equal evidence.
     */
    static List<Scored> ranked(List<Scored> list, GuideIndex index, List<String> sources) {
        List<Scored> out = new ArrayList<>(list);
        if (!sources.isEmpty()) {
            out.removeIf(s -> !sources.contains(index.guide(s.guide).guideSourceName()));
        }
        out.sort(Comparator.<Scored>comparingDouble(s -> -s.confidence)
                .thenComparingInt(s -> sources.isEmpty() ? index.guide(s.guide).sourceRank()
                        : sources.indexOf(index.guide(s.guide).guideSourceName()))
                .thenComparingInt(s -> index.guide(s.guide).id().length())
                .thenComparing(s -> index.guide(s.guide).id()));
        return out;
    }
}
