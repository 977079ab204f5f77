package dev.lineup.layout.epg;

import static dev.lineup.layout.epg.OneGuide.g;
import static dev.lineup.layout.epg.OneGuide.match;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The general signals a person reads in a provider's channel name, each on its own. */
class ProviderNameSignalsTest {
    private final NameNormalizer normalizer = new NameNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"SK: Senzi HD;sk", "IN ▎ Zee Classic;in", "JP| MTV;jp", "SI - Kino;si",
            "|NZ| Bravo;nz", "(BE) Een;be", "CZ- Nova;cz", "SVN: Kanal A;si", "Sony TV (INDIA);in", "Ntv Austria;at",
            "R9 Oesterreich HD;at", "Discovery (US);us"})
    void anyCountryPrefixSuffixOrCountryWordIsReadAndKept(String name, String country) {
        NormalizedName n = normalizer.normalize(name);
        assertThat(n.country()).as(name).isEqualTo(country);
        assertThat(n.tokens()).as(name).doesNotContain(country, "india", "austria", "oesterreich");
    }

    @Test
    void aBareCodeIsACountryOnlyWhenTheGroupSaysSoOrEveryoneWritesIt() {
        assertThat(normalizer.normalize("ORF2 St").compact()).isEqualTo("orf2st");
        assertThat(normalizer.normalize("Arena Sport 2 SI", "si").compact()).isEqualTo("arenasport2");
        assertThat(normalizer.normalize("Dave UK").country()).isEqualTo("uk");
        assertThat(normalizer.normalize("Discovery ID").compact()).isEqualTo("discoveryid");
        assertThat(normalizer.normalize("IN Zee TV", "in").compact()).isEqualTo("zeetv");
    }

    @Test
    void guideIdSuffixAndFeedNameTheCountry() {
        assertThat(GuideIds.parse("Cinemax.hu@SD", normalizer).country()).isEqualTo("hu");
        assertThat(GuideIds.parse("Cinemax.hu@SD", normalizer).feed()).isEqualTo("sd");
        assertThat(GuideIds.parse("AXNBlack.us@Bulgaria", normalizer).country()).isEqualTo("bg");
        assertThat(GuideIds.parse("FilmBox.nl@CzechRepublic", normalizer).country()).isEqualTo("cz");
    }

    @Test
    void theCountryPrefixPicksTheSameNamedChannelOfThatCountry() {
        List<GuideCandidate> guide = List.of(g("Cinemax.cz@SD", "Cinemax"), g("Cinemax.hu@SD", "Cinemax"),
                g("DiscoveryChannelSoutheastAsia.sg", "Discovery Channel"), g("DiscoveryChannel.uk", "Discovery Channel"));
        ChannelMatch hu = match(guide, "HU| Cinemax HD", "HU");
        assertThat(hu.autoApplied()).map(GuideProposal::guideId).contains("Cinemax.hu@SD");
        assertThat(hu.autoApplied().get().reason()).contains("country prefix 'HU|'");
        assertThat(match(guide, "|UK| Discovery Channel HD", "UK").autoApplied()).map(GuideProposal::guideId)
                .contains("DiscoveryChannel.uk");
        // The group alone says the country too.
        assertThat(match(guide, "Cinemax", "CZ").autoApplied()).map(GuideProposal::guideId).contains("Cinemax.cz@SD");
        // Only another country's namesake: proposed, never applied.
        ChannelMatch ro = match(guide, "RO: Cinemax", "RO");
        assertThat(ro.best()).isPresent();
        assertThat(ro.autoApplied()).isEmpty();
        assertThat(ro.best().get().reason()).contains("the name says RO");
    }

    @Test
    void aNameInTwoScriptsMatchesByEitherPart() {
        List<GuideCandidate> guide = List.of(g("AlJazeera.qa", "Al Jazeera"), g("AlJazeeraEnglish.qa", "Al Jazeera English"));
        ChannelMatch m = match(guide, "Al Jazeera العربية", null);
        assertThat(m.best()).map(GuideProposal::guideId).contains("AlJazeera.qa");
        assertThat(m.best().get().reason()).contains("Latin-letter part");
    }

    @Test
    void cyrillicNamesMatchTheirLatinSpellingAndLostAccentsStillMatch() {
        List<GuideCandidate> guide = List.of(g("Pyatnica.ru", "Pyatnica"), g("CT24.cz", "ČT24"), g("CT2.cz", "ČT2"));
        ChannelMatch ru = match(guide, "RU: Пятница", "RU");
        assertThat(ru.best()).map(GuideProposal::guideId).contains("Pyatnica.ru");
        assertThat(ru.best().get().reason()).contains("read in Latin letters");
        ChannelMatch cz = match(guide, "CZ: T24", "CZ");
        assertThat(cz.best()).map(GuideProposal::guideId).contains("CT24.cz");
        assertThat(cz.best().get().reason()).contains("accented letters left out");
    }

    @Test
    void theFeedTheNameNamesAndItsQualityChooseAmongFeeds() {
        List<GuideCandidate> guide = List.of(g("RedBullTV.at@SD", "Red Bull TV"), g("RedBullTV.at@EUMENA", "Red Bull TV (engl.)"),
                g("TLC.in@SD", "TLC"), g("TLC.in@HD", "TLC"));
        assertThat(match(guide, "AT: RED BULL TV (EU/MENA)", "AT").best()).map(GuideProposal::guideId)
                .contains("RedBullTV.at@EUMENA");
        ChannelMatch hd = match(guide, "IN: TLC FHD", "IN");
        assertThat(hd.best()).map(GuideProposal::guideId).contains("TLC.in@HD");
        assertThat(hd.best().get().reason()).contains("HD feed");
        assertThat(match(guide, "IN: TLC SD", "IN").best()).map(GuideProposal::guideId).contains("TLC.in@SD");
    }

    @Test
    void abbreviationsAndOtherSpellingsStillFindTheChannel() {
        List<GuideCandidate> guide = List.of(g("NationalGeographicWild.cz", "National Geographic Wild"),
                g("NationalGeographic.cz", "National Geographic"), g("ORF2.at", "ORF2"), g("ORF2Salzburg.at", "ORF2 Salzburg"),
                g("ORF2Wien.at", "ORF2 Wien"), g("RupasiBangla.in", "Rupasi Bangla"), g("ZeeBangla.in", "Zee Bangla"));
        assertThat(match(guide, "CZ: Nat Geo Wild HD", "CZ").best()).map(GuideProposal::guideId)
                .contains("NationalGeographicWild.cz");
        assertThat(match(guide, "AT: ORF2S HD", "AT").best()).map(GuideProposal::guideId).contains("ORF2Salzburg.at");
        assertThat(match(guide, "IN: Ruposhi Bangla", "IN").best()).map(GuideProposal::guideId).contains("RupasiBangla.in");
    }

    @Test
    void cyrillicLookAlikeCapitalsAreOnlyProposedNeverApplied() {
        List<GuideCandidate> guide = List.of(g("TNT.ru", "ТНТ"), g("TNTDrama.us", "TNT Drama"));
        assertThat(NameVariants.lookalikesRead("THT 4")).isEqualTo("tnt 4");
        ChannelMatch m = match(guide, "RU: THT", "RU");
        assertThat(m.best()).map(GuideProposal::guideId).contains("TNT.ru");
        assertThat(m.best().get().reason()).contains("read as Cyrillic letters");
        assertThat(m.autoApplied()).isEmpty();
    }

    @Test
    void reasonsNameTheEvidenceNameCountryFeedAndShift() {
        List<GuideCandidate> guide = List.of(g("Bravo.nz@SD", "Bravo"), g("Bravo.us@SD", "Bravo"));
        GuideProposal p = match(guide, "NZ| BRAVO +1 FHD", "NZ").best().orElseThrow();
        assertThat(p.guideId()).isEqualTo("Bravo.nz@SD");
        assertThat(p.shiftHours()).isEqualTo(1);
        assertThat(p.reason()).contains("display-name 'Bravo'").contains("country NZ (from the name)")
                .contains("+1 h shift").contains("quality tag");
    }
}
