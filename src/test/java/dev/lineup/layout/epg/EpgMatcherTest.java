package dev.lineup.layout.epg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EpgMatcherTest {
    private static GuideCandidate g(String id, String... names) {
        return new GuideCandidate("xmltv-a", 0, id, List.of(names), "en");
    }

    private static final List<GuideCandidate> GUIDE = List.of(
            g("BBCOne.uk", "BBC One", "BBC One HD"), g("BBCTwo.uk", "BBC Two"), g("E4.uk", "E4"),
            g("ITV2.uk", "ITV2"), g("ITV2Plus1.uk", "ITV2 +1"), g("SkySports1.uk", "Sky Sports 1"),
            g("SkySports2.uk", "Sky Sports 2"), g("FOX.us", "FOX"), g("FoxNews.us", "Fox News"),
            g("Nickelodeon.us", "Nickelodeon"), g("NickelodeonUK.uk", "Nickelodeon"),
            g("NatGeoWild.us", "Nat Geo Wild"), g("NationalGeographic.us", "National Geographic"));

    private final EpgMatcher matcher = new EpgMatcher(GUIDE);

    private ChannelMatch one(MatchChannel c) {
        return matcher.match(List.of(c), MatchOptions.defaults()).matches().get(0);
    }

    private ChannelMatch one(String name) {
        return one(new MatchChannel("c", name, null, null));
    }

    @Test
    void providerNameMatchesDisplayNameAndSaysWhatWasRemoved() {
        ChannelMatch m = one("UK: BBC One FHD");
        assertThat(m.autoApplied()).isPresent();
        GuideProposal p = m.autoApplied().get();
        assertThat(p.guideId()).isEqualTo("BBCOne.uk");
        assertThat(p.confidence()).isBetween(0.9, 1.0);
        assertThat(p.reason()).contains("display-name").contains("quality tag").contains("country prefix 'UK:'");
    }

    @Test
    void plusOneMapsToBaseChannelWithShiftWhenGuideHasNoPlusOne() {
        GuideProposal p = one("UK: E4 +1 HD").autoApplied().orElseThrow();
        assertThat(p.guideId()).isEqualTo("E4.uk");
        assertThat(p.shiftHours()).isEqualTo(1);
        assertThat(p.reason()).contains("+1 h shift");
    }

    @Test
    void plusOneMapsToTheGuidesOwnPlusOneChannelWhenThereIsOne() {
        GuideProposal p = one("ITV 2 +1").autoApplied().orElseThrow();
        assertThat(p.guideId()).isEqualTo("ITV2Plus1.uk");
        assertThat(p.shiftHours()).isZero();
    }

    @Test
    void bbcOneIsNeverBbcTwo() {
        assertThat(one("BBC Two HD").autoApplied().orElseThrow().guideId()).isEqualTo("BBCTwo.uk");
        ChannelMatch three = one("BBC Three");
        assertThat(three.autoApplied()).isEmpty();
        assertThat(three.candidates()).allMatch(p -> p.confidence() < 0.5);
    }

    @Test
    void numberedSportsChannelsAreNotConfused() {
        assertThat(one("Sky Sports 2 HD").autoApplied().orElseThrow().guideId()).isEqualTo("SkySports2.uk");
        assertThat(one("Sky Sports 3").autoApplied()).isEmpty();
    }

    @Test
    void foxIsNotFoxNews() {
        assertThat(one("US: FOX HD").autoApplied().orElseThrow().guideId()).isEqualTo("FOX.us");
        assertThat(one("Fox News HD").autoApplied().orElseThrow().guideId()).isEqualTo("FoxNews.us");
    }

    @Test
    void sameTvgIdWinsCaseInsensitively() {
        GuideProposal p = one(new MatchChannel("c", "Some Other Name", "bbctwo.uk", null)).autoApplied().orElseThrow();
        assertThat(p.guideId()).isEqualTo("BBCTwo.uk");
        assertThat(p.reason()).isEqualTo("same tvg-id");
    }

    @Test
    void nameMatchesGuideIdShapeWhenNoDisplayNameDoes() {
        EpgMatcher m = new EpgMatcher(List.of(g("DasErste.de", "ARD-Programm")));
        ChannelMatch r = m.match(List.of(new MatchChannel("c", "DE: Das Erste HD", null, null)), MatchOptions.defaults())
                .matches().get(0);
        assertThat(r.best().orElseThrow().reason()).contains("shape of guide id 'DasErste.de'");
    }

    @Test
    void sameNameInTwoCountriesIsNotAutoAppliedWithoutAHint() {
        ChannelMatch m = one("Nickelodeon");
        assertThat(m.autoApplied()).isEmpty();
        assertThat(m.candidates()).extracting(GuideProposal::guideId).contains("Nickelodeon.us", "NickelodeonUK.uk");
        assertThat(one("UK: Nickelodeon").autoApplied().orElseThrow().guideId()).isEqualTo("NickelodeonUK.uk");
    }

    @Test
    void abbreviationsStillRankTheRightChannelFirst() {
        ChannelMatch m = one("US: Natl Geographic");
        assertThat(m.best().orElseThrow().guideId()).isEqualTo("NationalGeographic.us");
        assertThat(m.autoApplied()).isEmpty();
    }

    @Test
    void neverOverwritesAManualMapping() {
        MatchChannel manual = new MatchChannel("c1", "BBC One HD", null, null, "my-own-guide");
        MatchResult skipped = matcher.match(List.of(manual), MatchOptions.defaults());
        assertThat(skipped.matches()).isEmpty();
        assertThat(skipped.skipped()).containsExactly(manual);
        MatchResult asked = matcher.match(List.of(manual), MatchOptions.defaults().withIncludeMapped(true));
        assertThat(asked.matches().get(0).candidates()).isNotEmpty();
        assertThat(asked.matches().get(0).autoApplied()).isEmpty();
        assertThat(asked.autoApplied()).isEmpty();
    }

    @Test
    void thresholdDecidesWhatIsAutoApplied() {
        MatchChannel c = new MatchChannel("c", "UK: BBC One HD", null, null);
        assertThat(matcher.match(List.of(c), MatchOptions.defaults().withThreshold(0.999)).autoApplied()).isEmpty();
        assertThat(matcher.match(List.of(c), MatchOptions.defaults().withThreshold(0.5)).autoApplied()).hasSize(1);
    }

    @Test
    void preferredSourceComesFirstOnEqualEvidence() {
        EpgMatcher m = new EpgMatcher(List.of(new GuideCandidate("second", 1, "CNN.us", List.of("CNN"), "en"),
                new GuideCandidate("first", 0, "cnn.us", List.of("CNN"), "en")));
        GuideProposal best = m.match(List.of(new MatchChannel("c", "CNN HD", null, null)), MatchOptions.defaults())
                .matches().get(0).best().orElseThrow();
        assertThat(best.guideSourceName()).isEqualTo("first");
    }

    @Test
    void preferredLanguageWinsBetweenSameNamedChannels() {
        EpgMatcher m = new EpgMatcher(List.of(new GuideCandidate("a", 0, "Arte.de", List.of("Arte"), "de"),
                new GuideCandidate("a", 0, "Arte.fr", List.of("Arte"), "fr")));
        MatchOptions fr = MatchOptions.defaults().withPreferredLanguages(List.of("fr"));
        GuideProposal best = m.match(List.of(new MatchChannel("c", "FR: Arte HD", null, null)), fr)
                .matches().get(0).best().orElseThrow();
        assertThat(best.guideId()).isEqualTo("Arte.fr");
    }
}
