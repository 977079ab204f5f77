package dev.lineup.layout.epg;

import static dev.lineup.layout.epg.OneGuide.g;
import static dev.lineup.layout.epg.OneGuide.match;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names a provider writes differently from the guide: another romanization of a Cyrillic name, the
 * channel's own-country variant of a name, Roman numerals and number words, trade-mark signs and tags
 * run into a word, initials. Each rule is general (none names a channel); the examples show the kind of name
 * each rule is for.
 */
class RomanizedAndRenamedNamesTest {
    private final NameNormalizer normalizer = new NameNormalizer();

    @ParameterizedTest
    @CsvSource({"Pervyj,Perviy", "Pervyi,Pervy", "Pyatnitsa,Pjatnica", "Piatnitsa,Pyatnica", "Rossiya,Rossija",
            "Rossiia,Rossia", "Kinokhit,Kinohit", "Domashniy,Domashnij", "Zhara,Zara", "Yevropa,Evropa", "Shchit,Schit"})
    void romanizationsOfOneWordShareASpelling(String a, String b) {
        assertThat(Spellings.key(a.toLowerCase())).isEqualTo(Spellings.key(b.toLowerCase()));
    }

    @ParameterizedTest
    @CsvSource({"sport,port", "nova,nuova", "kino,kano", "drama,dream"})
    void differentWordsKeepDifferentSpellings(String a, String b) {
        assertThat(Spellings.key(a)).isNotEqualTo(Spellings.key(b));
    }

    @Test
    void anotherRomanizationOfACyrillicNameIsFoundEvenWhenItsFirstLettersDiffer() {
        List<GuideCandidate> guide = List.of(g("Pyatnitsa.ru", "Пятница!"), g("PlanetaRTR.ru", "РТР-Планета"),
                g("Piter.ru", "Piter TV"), g("DomashniyInternational.ru", "Домашний International"));
        ChannelMatch ru = match(guide, "RU: Pjatnica HD", "RU");
        assertThat(ru.best()).map(GuideProposal::guideId).contains("Pyatnitsa.ru");
        assertThat(ru.best().get().reason()).contains("another romanization");
        // A romanization is a reading: a person confirms it.
        assertThat(ru.autoApplied()).isEmpty();
        ChannelMatch dom = match(guide, "RU| Domashnij Int", "RU");
        assertThat(dom.best()).map(GuideProposal::guideId).contains("DomashniyInternational.ru");
    }

    @Test
    void ukrainianAndBulgarianNamesAreAlsoReadTheirNationalWay() {
        List<GuideCandidate> guide = List.of(g("Humor.ua", "Гумор ТБ"), g("BulgariaOnAir.bg", "България Он Ер"),
                g("Gumor.ru", "Гумор ТВ"));
        ChannelMatch ua = match(guide, "UA: Humor TB", "UA");
        assertThat(ua.autoApplied()).map(GuideProposal::guideId).contains("Humor.ua");
        assertThat(ua.autoApplied().get().reason()).contains("the UA way");
        assertThat(match(guide, "BG| Balgariya On Er HD", "BG").autoApplied()).map(GuideProposal::guideId)
                .contains("BulgariaOnAir.bg");
        // The Russian reading stays for Russian channels.
        assertThat(match(guide, "RU: Gumor TV", "RU").autoApplied()).map(GuideProposal::guideId).contains("Gumor.ru");
    }

    @Test
    void everyWordOfTheNameInAChannelOfItsCountryOutranksAnotherCountrysSameName() {
        List<GuideCandidate> guide = List.of(g("CNBCEurope.uk", "CNBC"), g("CNBCAustralia.au", "CNBC"),
                g("CNBCAsia.sg", "CNBC Asia HD"), g("CNBCAwaaz.in", "CNBC Awaaz"));
        ChannelMatch sg = match(guide, "SG | CNBC", "SG");
        assertThat(sg.best()).map(GuideProposal::guideId).contains("CNBCAsia.sg");
        assertThat(sg.best().get().reason()).contains("every word of the name").contains("same country");
        assertThat(sg.autoApplied()).isEmpty();
        // Without a country, the exact name wins as before; with the exact name at home, too.
        assertThat(match(guide, "CNBC", null).best().get().guideId()).isIn("CNBCEurope.uk", "CNBCAustralia.au");
        assertThat(match(guide, "UK: CNBC", "UK").autoApplied()).map(GuideProposal::guideId).contains("CNBCEurope.uk");
    }

    @Test
    void aDifferentNumberIsNotTheSameChannelAtHome() {
        List<GuideCandidate> guide = List.of(g("Cinemax.us", "Cinemax"), g("Cinemax2.hu", "Cinemax 2"));
        assertThat(match(guide, "HU: Cinemax", "HU").best()).map(GuideProposal::guideId).contains("Cinemax.us");
    }

    @Test
    void romanNumeralsAndNumberWordsAreTheChannelsNumber() {
        assertThat(normalizer.normalize("RTL II").compact()).isEqualTo("rtl2");
        assertThat(normalizer.normalize("RTL Kettő").compact()).isEqualTo("rtl2");
        assertThat(normalizer.normalize("Rossiya Dva").compact()).isEqualTo("rossiya2");
        // Only after the first word: "IV" alone or first is a name.
        assertThat(normalizer.normalize("IV Sport").compact()).isEqualTo("ivsport");
        List<GuideCandidate> guide = List.of(g("RTLZwei.de", "RTL II"), g("RTLKetto.hu", "RTL Kettő"));
        assertThat(match(guide, "HU: RTL II (Hu)", "HU").autoApplied()).map(GuideProposal::guideId).contains("RTLKetto.hu");
    }

    @Test
    void tradeMarkSignsTagsWithAPlusAndALoneTrailingPlusAreReadAsAPersonReadsThem() {
        assertThat(normalizer.normalize("Crime + Investigation™ (HD)").compact()).isEqualTo("crimeinvestigation");
        assertThat(normalizer.normalize("Discovery® Science").compact()).isEqualTo("discoveryscience");
        assertThat(normalizer.normalize("M4 Sport + HD").compact()).isEqualTo("m4sportplus");
        assertThat(NameNormalizer.tokens("ディズニー・チャンネル HD+")).doesNotContain("plus");
        List<GuideCandidate> guide = List.of(g("M4Sport.hu", "M4 Sport"), g("M4SportPlus.hu", "M4 Sport+"));
        assertThat(match(guide, "M4 Sport + HD", "HU").best()).map(GuideProposal::guideId).contains("M4SportPlus.hu");
    }

    @Test
    void aChangeOfScriptInsideAWordSeparatesWords() {
        String fishing = normalizer.normalize("釣りビジョン").compact();
        assertThat(normalizer.normalize("ＢＳ釣りビジョン").tokens()).containsExactly("bs", fishing);
        assertThat(normalizer.normalize("ディズニー・チャンネルHD").tokens())
                .isEqualTo(normalizer.normalize("ディズニー・チャンネル").tokens()).hasSize(2);
    }

    @Test
    void initialsFindTheSpelledOutNameAndTheReverseButAreNeverApplied() {
        List<GuideCandidate> guide = List.of(g("NST.ru", "НСТ"), g("SonyEntertainmentTelevision.in", "Sony Entertainment Television"),
                g("Sony.in", "Sony Max"));
        ChannelMatch ru = match(guide, "НАСТОЯЩЕЕ СТРАШНОЕ ТЕЛЕВИДЕНИЕ FHD", "RU");
        assertThat(ru.best()).map(GuideProposal::guideId).contains("NST.ru");
        assertThat(ru.best().get().reason()).contains("name's initials are display-name 'НСТ'");
        assertThat(ru.autoApplied()).isEmpty();
        ChannelMatch in = match(guide, "IN: SET HD", "IN");
        assertThat(in.best()).map(GuideProposal::guideId).contains("SonyEntertainmentTelevision.in");
        assertThat(in.best().get().reason()).contains("name is the initials of display-name 'Sony Entertainment Television'");
        assertThat(in.autoApplied()).isEmpty();
    }

    @Test
    void onePartOfATwoScriptNameIsOnlyAGuessWhenTheWholeNameFitsAnotherChannel() {
        List<GuideCandidate> guide = List.of(g("TV1000.ru", "TV1000"), g("TV1000Russkoe.ru", "TV1000 Russkoe"));
        ChannelMatch m = match(guide, "RU: TV1000 Русское", "RU");
        assertThat(m.autoApplied()).map(GuideProposal::guideId).contains("TV1000Russkoe.ru");
        GuideProposal part = m.candidates().stream().filter(p -> p.guideId().equals("TV1000.ru")).findFirst().orElseThrow();
        assertThat(part.confidence()).isLessThan(MatchOptions.DEFAULT_THRESHOLD);
        assertThat(part.reason()).contains("the whole name fits another guide channel");
    }
}
