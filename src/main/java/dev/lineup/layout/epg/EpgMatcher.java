package dev.lineup.layout.epg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes guide channels for layout channels, ranked, each with a confidence and a reason a user
 * can check. Evidence, strongest first: the same tvg-id; the name equal to a display-name once case,
 * accents, punctuation, quality tags and country prefixes are gone; the name equal to the guide id's
 * shape ("BBCOne.uk"); equal once filler words are dropped; then similar names. A "+1" channel maps
 * to its base channel's guide with a shift when the guide has no "+1" channel of its own.
 *
 * <p>Build once per guide (indexing is the expensive part), then call {@link #match} as often as
 * needed. Immutable; {@code match} may run concurrently.
 */
public final class EpgMatcher {
    private static final Logger LOG = LoggerFactory.getLogger(EpgMatcher.class);
    static final double SAME_TVG_ID = 0.99;
    static final double TVG_ID_BASE = 0.95;
    static final double NAME_EXACT = 0.97;
    static final double NAME_NORMALIZED = 0.96;
    static final double NAME_SHIFTED = 0.93;
    static final double ID_SHAPE = 0.92;
    /** The same words in another romanization ("Pervyj kanal" / "Perviy Kanal"): applied only with the country prior. */
    static final double SPELLED_ALIKE = 0.88;
    /** A name that is the initials of a display-name ("НСТ" / "Настоящее Страшное Телевидение"), or the reverse. */
    static final double ACRONYM = 0.80;
    /** Below the default auto-apply threshold on purpose: dropping words misled on real data (label set). */
    static final double LOOSE = 0.86;
    static final double LOOSE_SHIFTED = 0.87;
    /** Below this distance two different channels are equally plausible: ask the user. */
    static final double AMBIGUITY_MARGIN = 0.02;
    static final double AMBIGUOUS_CAP = 0.86;
    /** A guide channel of the country the name, group or tvg-id says: the person's strongest prior after the name. */
    static final double SAME_COUNTRY = 0.03;

    private final NameNormalizer normalizer = new NameNormalizer();
    private final GuideIndex index;

    public EpgMatcher(List<GuideCandidate> guide) {
        long t0 = System.nanoTime();
        this.index = new GuideIndex(guide, normalizer);
        LOG.debug("indexed {} guide channels in {} ms", guide.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Proposes guides for every channel without one (and, if asked, for mapped ones too). */
    public MatchResult match(List<MatchChannel> channels, MatchOptions options) {
        SimilarNames similar = new SimilarNames(index);
        List<ChannelMatch> out = new ArrayList<>();
        List<MatchChannel> skipped = new ArrayList<>();
        for (MatchChannel c : channels) {
            if (c.hasGuide() && !options.includeMapped()) {
                skipped.add(c);
            } else {
                out.add(matchOne(c, options, similar));
            }
        }
        return new MatchResult(out, skipped, options.autoApplyThreshold());
    }

    private ChannelMatch matchOne(MatchChannel c, MatchOptions options, SimilarNames similar) {
        String tvg = c.tvgId() == null || c.tvgId().isBlank() ? null : c.tvgId().strip();
        GuideIds.ParsedId tid = tvg == null ? null : GuideIds.parse(tvg, normalizer);
        String fromGroup = groupCountry(c.group());
        String name = options.controls().clean(c.name());
        NormalizedName n = normalizer.normalize(name, fromGroup);
        String country = n.country() != null ? n.country() : tid != null && tid.country() != null ? tid.country()
                : fromGroup;
        String countryFrom = n.country() != null ? "the name" : tid != null && tid.country() != null ? "the tvg-id" : "the group";
        Proposals p = new Proposals();
        if (tvg != null) {
            byTvgId(tvg, tid, n.shiftHours(), p);
        }
        if (!n.isEmpty()) {
            new NameEvidence(index, n, null).collect(p);
        }
        List<NameVariants.Variant> variants = new ArrayList<>();
        Boolean wholeFits = null;
        for (NameVariants.Variant v : NameVariants.ofChannelName(name, country)) {
            // Parts of a two-script name come last: once the whole name fits a guide channel, a part is only a guess.
            if (v.part() && wholeFits == null) {
                wholeFits = p.anyAtLeast(LOOSE, g -> true);
            }
            v = v.part() && wholeFits ? v.demoted() : v;
            variants.add(v);
            NormalizedName vn = normalizer.normalize(v.text(), country);
            if (!vn.isEmpty()) {
                new NameEvidence(index, withCountry(vn, n), v.note()).collect(p);
            }
        }
        // A name equal to a display-name needs no similar-name search (the slow part), unless all such names are
        // another country's: "SG | CNBC" is more likely the guide's "CNBC Asia" (SG) than its "CNBC" (UK).
        if (!p.anyAtLeast(NAME_NORMALIZED, g -> country == null || index.countries(g).isEmpty()
                || index.countries(g).contains(country))) {
            if (!n.isEmpty()) {
                similar.collect(n, null, country, p);
            }
            for (NameVariants.Variant v : variants) {
                NormalizedName vn = normalizer.normalize(v.text(), country);
                if (!vn.isEmpty()) {
                    similar.collect(withCountry(vn, n), v.note(), country, p);
                }
            }
        }
        List<String> sources = options.controls().sourcesFor(options.layout(), c.group() == null ? "" : c.group());
        List<Proposals.Scored> ranked = Proposals.ranked(adjust(p.all(), country, countryFrom, options), index, sources);
        Feeds.prefer(ranked, name, n, index);
        resolveAmbiguity(ranked, options);
        ranked = Proposals.ranked(ranked, index, sources);
        List<GuideProposal> proposals = new ArrayList<>();
        for (Proposals.Scored s : ranked.subList(0, Math.min(options.maxCandidates(), ranked.size()))) {
            GuideCandidate g = index.guide(s.guide);
            double conf = Math.round(Math.max(0, Math.min(1, s.confidence)) * 1000) / 1000.0;
            proposals.add(new GuideProposal(g.id(), g.guideSourceName(), g.sourceRank(), conf, s.reason, s.shift));
        }
        Optional<GuideProposal> auto = proposals.isEmpty() || c.hasGuide()
                || proposals.get(0).confidence() < options.autoApplyThreshold() ? Optional.empty() : Optional.of(proposals.get(0));
        return new ChannelMatch(c, proposals, auto);
    }

    /** A variant keeps the shift the name itself asked for ("+1" may sit outside the rewritten part). */
    private static NormalizedName withCountry(NormalizedName variant, NormalizedName name) {
        int shift = variant.shiftHours() != 0 ? variant.shiftHours() : name.shiftHours();
        return new NormalizedName(variant.original(), variant.tokens(), variant.compact(), variant.full(), variant.loose(),
                shift, variant.country() != null ? variant.country() : name.country(), variant.removed(), variant.qualityTag());
    }

    private void byTvgId(String tvg, GuideIds.ParsedId tid, int nameShift, Proposals p) {
        for (int g : index.byId(tvg.toLowerCase(Locale.ROOT))) {
            // Providers often give a "+1" channel its base channel's tvg-id: keep the shift the name asks for.
            int shift = index.parsedId(g).name().shiftHours() == 0 ? nameShift : 0;
            p.offer(g, SAME_TVG_ID, "same tvg-id" + (shift > 0 ? "; '+" + shift + "' in the name maps to it with a +"
                    + shift + " h shift" : ""), shift, false);
        }
        for (int g : index.byIdBase(tid.lowerKey())) {
            p.offer(g, TVG_ID_BASE, "tvg-id '" + tvg + "' matches guide id '" + index.guide(g).id()
                    + "' apart from case and country suffix", 0, false);
        }
        if (!tid.name().isEmpty()) {
            for (int g : index.byIdShape(tid.name().compact())) {
                if (index.parsedId(g).name().shiftHours() == tid.name().shiftHours()) {
                    p.offer(g, ID_SHAPE, "tvg-id '" + tvg + "' names the same channel as guide id '"
                            + index.guide(g).id() + "'", 0, false);
                }
            }
        }
    }

    private List<Proposals.Scored> adjust(List<Proposals.Scored> list, String country, String countryFrom, MatchOptions o) {
        String wantLang = Countries.language(country);
        for (Proposals.Scored s : list) {
            GuideCandidate g = index.guide(s.guide);
            Set<String> gc = index.countries(s.guide);
            if (country != null && !gc.isEmpty()) {
                if (gc.contains(country)) {
                    s.confidence += SAME_COUNTRY;
                    s.reason += !s.nameBased ? "" : "; country " + country.toUpperCase(Locale.ROOT) + " (from " + countryFrom
                            + ") is the guide channel's";
                } else {
                    // An explicit other country (a DE provider's "Comedy Central") is a different feed often enough
                    // that the user should confirm it.
                    s.confidence -= 0.08;
                    s.reason += "; " + countryFrom + " says " + country.toUpperCase(Locale.ROOT) + ", the guide channel "
                            + String.join("/", gc).toUpperCase(Locale.ROOT);
                }
            }
            String lang = g.lang() == null ? null : g.lang().toLowerCase(Locale.ROOT);
            if (lang != null && o.preferredLanguages().contains(lang)) {
                s.confidence += 0.005;
            } else if (lang != null && wantLang != null && !lang.equals(wantLang) && !lang.startsWith(wantLang)) {
                s.confidence -= 0.02;
            }
            s.confidence = Math.max(0, Math.min(1, s.confidence));
        }
        return list;
    }

    /**
     * Two different channels of one source that fit (almost) equally well — "Nickelodeon" in a guide
     * with a US and a UK Nickelodeon — must not be decided silently: cap both below auto-apply.
     */
    private void resolveAmbiguity(List<Proposals.Scored> ranked, MatchOptions o) {
        if (ranked.size() < 2 || !ranked.get(0).nameBased) {
            return;
        }
        Proposals.Scored top = ranked.get(0);
        GuideCandidate tg = index.guide(top.guide);
        String identity = index.parsedId(top.guide).identity();
        for (Proposals.Scored s : ranked.subList(1, ranked.size())) {
            GuideCandidate g = index.guide(s.guide);
            if (top.confidence - s.confidence > AMBIGUITY_MARGIN) {
                break;
            }
            if (g.sourceRank() == tg.sourceRank() && g.guideSourceName().equals(tg.guideSourceName())
                    && !index.parsedId(s.guide).identity().equals(identity) && s.nameBased) {
                top.confidence = Math.min(top.confidence, AMBIGUOUS_CAP);
                top.reason += "; '" + g.id() + "' fits as well, so it is not applied automatically";
                s.confidence = Math.min(s.confidence, AMBIGUOUS_CAP);
            }
        }
    }

    private String groupCountry(String group) {
        if (group == null || group.isBlank()) {
            return null;
        }
        NormalizedName g = normalizer.normalize(group);
        if (g.country() != null) {
            return g.country();
        }
        List<String> words = NameNormalizer.tokens(group);
        if (words.isEmpty()) {
            return null;
        }
        // "IN", "UK Sports", "Austria", "India | Movies": the group's first word names the country.
        return words.get(0).length() <= 3 ? Countries.code(words.get(0)) : Countries.bareWord(words.get(0), null);
    }

    /** Number of guide channels indexed. */
    public int guideSize() {
        return index.size();
    }
}
