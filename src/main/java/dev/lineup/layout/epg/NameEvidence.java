package dev.lineup.layout.epg;

import java.util.ArrayList;
import java.util.List;

/** The exact-key evidence a channel name gives: display-names, id shapes and loose keys. */
final class NameEvidence {
    private static final int MAX_ACRONYM_HITS = 5;
    private final GuideIndex index;
    private final NormalizedName n;
    private final String variantNote;

    /** @param variantNote how the channel's name was rewritten to get {@code n} ("read in Latin letters"), or null */
    NameEvidence(GuideIndex index, NormalizedName n, String variantNote) {
        this.index = index;
        this.n = n;
        this.variantNote = variantNote;
    }

    /** "name" or "name, read in Latin letters," and the display-name with how it was rewritten, for reasons. */
    static String names(String variantNote, GuideIndex.NameEntry entry) {
        return "name" + (variantNote == null ? "" : " (" + variantNote + ")") + " matches display-name '"
                + entry.displayName() + "'" + (entry.note() == null ? "" : " (" + entry.note() + ")");
    }

    static double penalty(String variantNote, GuideIndex.NameEntry entry) {
        // The id read as a name is a rewrite too; every rewrite costs what NameVariants says.
        return NameVariants.penalty(variantNote) + NameVariants.penalty(entry.note());
    }

    void collect(Proposals p) {
        List<Integer> exact = new ArrayList<>(index.byCompact(n.compact()));
        if (n.full() != null) {
            index.byCompact(n.full()).stream().filter(e -> !exact.contains(e)).forEach(exact::add);
        }
        for (int e : exact) {
            GuideIndex.NameEntry entry = index.name(e);
            NormalizedName gn = entry.name();
            String what = names(variantNote, entry) + removedText(gn);
            // The feed in the same quality as the guide's listing is the likelier intended one.
            double quality = (n.qualityTag() == gn.qualityTag() ? 0.004 : 0) - penalty(variantNote, entry);
            if (gn.shiftHours() == n.shiftHours()) {
                double base = n.removed().isEmpty() && gn.removed().isEmpty() ? EpgMatcher.NAME_EXACT : EpgMatcher.NAME_NORMALIZED;
                p.offer(entry.guide(), base + quality, what, 0, true);
            } else if (gn.shiftHours() == 0) {
                p.offer(entry.guide(), EpgMatcher.NAME_SHIFTED + quality, what + shiftText(), n.shiftHours(), true);
            }
        }
        for (int e : index.bySpelling(Spellings.key(n.tokens()))) {
            GuideIndex.NameEntry entry = index.name(e);
            NormalizedName gn = entry.name();
            String what = names(variantNote, entry) + " as another romanization of the same words" + removedText(gn);
            double quality = (n.qualityTag() == gn.qualityTag() ? 0.004 : 0) - penalty(variantNote, entry);
            if (gn.shiftHours() == n.shiftHours()) {
                p.offer(entry.guide(), EpgMatcher.SPELLED_ALIKE + quality, what, 0, true);
            } else if (gn.shiftHours() == 0) {
                p.offer(entry.guide(), EpgMatcher.SPELLED_ALIKE - 0.03 + quality, what + shiftText(), n.shiftHours(), true);
            }
        }
        acronyms(p);
        for (int g : union(index.byIdShape(n.compact()), index.byIdBase(n.compact()))) {
            int idShift = index.parsedId(g).name().shiftHours();
            String what = "name" + (variantNote == null ? "" : " (" + variantNote + ")") + " matches the shape of guide id '"
                    + index.guide(g).id() + "'" + removedText(null);
            double penalty = NameVariants.penalty(variantNote);
            if (idShift == n.shiftHours()) {
                p.offer(g, EpgMatcher.ID_SHAPE - penalty, what, 0, true);
            } else if (idShift == 0) {
                p.offer(g, EpgMatcher.LOOSE_SHIFTED - penalty, what + shiftText(), n.shiftHours(), true);
            }
        }
        List<Integer> loose = new ArrayList<>(index.byLoose(n.loose()));
        loose.addAll(index.byLoose(n.compact()));
        if (n.loose() != null) {
            loose.addAll(index.byCompact(n.loose()));
        }
        for (int e : loose) {
            GuideIndex.NameEntry entry = index.name(e);
            NormalizedName gn = entry.name();
            String what = names(variantNote, entry) + " ignoring words like 'channel', 'TV' and a country word"
                    + removedText(gn);
            double penalty = penalty(variantNote, entry);
            if (gn.shiftHours() == n.shiftHours()) {
                p.offer(entry.guide(), EpgMatcher.LOOSE - penalty, what, 0, true);
            } else if (gn.shiftHours() == 0) {
                p.offer(entry.guide(), EpgMatcher.LOOSE_SHIFTED - penalty, what + shiftText(), n.shiftHours(), true);
            }
        }
    }

    /** A name that is the initials of a display-name, or the reverse: proposed, never applied on its own. */
    private void acronyms(Proposals p) {
        String mine = GuideIndex.initials(n.tokens());
        List<Integer> spelledOut = n.compact().length() >= 3 && n.compact().chars().allMatch(Character::isLetter)
                ? index.byInitials(n.compact()) : List.of();
        List<Integer> short_ = mine == null ? List.of() : index.byCompact(mine);
        for (List<Integer> hits : List.of(spelledOut, short_)) {
            // A short form that stands for many names identifies none of them.
            if (hits.size() > MAX_ACRONYM_HITS) {
                continue;
            }
            for (int e : hits) {
                GuideIndex.NameEntry entry = index.name(e);
                if (entry.name().shiftHours() == n.shiftHours()) {
                    String how = hits == spelledOut ? " is the initials of " : "'s initials are ";
                    p.offer(entry.guide(), EpgMatcher.ACRONYM - penalty(variantNote, entry),
                            names(variantNote, entry).replace(" matches ", how) + removedText(entry.name()), 0, true);
                }
            }
        }
    }

    private String shiftText() {
        return "; '+" + n.shiftHours() + "' maps to the base channel with a +" + n.shiftHours() + " h shift";
    }

    private String removedText(NormalizedName guideSide) {
        List<String> removed = new ArrayList<>(n.removed());
        if (guideSide != null) {
            guideSide.removed().forEach(r -> removed.add(r + " in the guide"));
        }
        return removed.isEmpty() ? "" : " after removing " + String.join(" and ", removed);
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        b.stream().filter(x -> !a.contains(x)).forEach(out::add);
        return out;
    }
}
