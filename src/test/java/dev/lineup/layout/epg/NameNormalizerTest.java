package dev.lineup.layout.epg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {
    private final NameNormalizer normalizer = new NameNormalizer();

    private String key(String name) {
        return normalizer.normalize(name).compact();
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(key("SKY  NEWS")).isEqualTo(key("sky-news")).isEqualTo("skynews");
        assertThat(key("Now 70's")).isEqualTo(key("Now 70s"));
    }

    @Test
    void accentsAreRemoved() {
        assertThat(key("RTÉ One")).isEqualTo(key("RTE One"));
        assertThat(key("Télé-Québec")).isEqualTo(key("Tele Quebec"));
    }

    @ParameterizedTest
    @CsvSource({"BBC One HD", "BBC One FHD", "BBC One UHD", "BBC One 4K", "BBC One SD", "BBC One HEVC",
            "BBC One H265", "BBC One 1080p", "BBC One 720p", "BBC One (HD)", "BBC One ᴴᴰ", "BBC One HD/H265"})
    void qualityTagsAreRemoved(String name) {
        NormalizedName n = normalizer.normalize(name);
        assertThat(n.compact()).isEqualTo(key("BBC One"));
        assertThat(n.qualityTag()).isTrue();
        assertThat(n.removed()).anyMatch(r -> r.startsWith("quality tag"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"US: CNN;us", "US | CNN;us", "|US| CNN;us", "[US] CNN;us", "(US) CNN;us",
            "US - CNN;us", "CNN (US);us", "CNN [US];us", "CNN |US|;us", "CNN - US;us", "USA: CNN;us", "GB: CNN;uk"})
    void countryPrefixesAndSuffixesAreRemovedAndKeptAsHint(String name, String country) {
        NormalizedName n = normalizer.normalize(name);
        assertThat(n.compact()).isEqualTo("cnn");
        assertThat(n.country()).isEqualTo(country);
    }

    @Test
    void wordsThatOnlyLookLikeCodesStay() {
        assertThat(key("ITV - London")).isEqualTo("itvlondon");
        assertThat(key("AT-X")).isEqualTo("atx");
    }

    @Test
    void plusOneSuffixBecomesAShift() {
        for (String name : new String[] {"E4 +1", "E4+1", "E4 (+1)", "E4 +1 HD", "UK: E4 HD +1"}) {
            NormalizedName n = normalizer.normalize(name);
            assertThat(n.compact()).as(name).isEqualTo("e4");
            assertThat(n.shiftHours()).as(name).isEqualTo(1);
        }
        assertThat(normalizer.normalize("ITV +2").shiftHours()).isEqualTo(2);
    }

    @Test
    void ampersandIsAnd() {
        assertThat(key("Create & Craft")).isEqualTo(key("Create and Craft"));
        assertThat(key("Canal+")).isEqualTo(key("Canal Plus"));
    }

    @Test
    void numberWordsAreDigitsButDifferentNumbersStayDifferent() {
        assertThat(key("BBC One")).isEqualTo(key("BBC 1")).isEqualTo(key("BBC1"));
        assertThat(key("BBC One")).isNotEqualTo(key("BBC Two"));
        assertThat(key("Sky Sports 1")).isNotEqualTo(key("Sky Sports 2"));
    }

    @Test
    void fillerWordsOnlyDropInTheLooseKeyAndNeverLeaveABareNumber() {
        assertThat(normalizer.normalize("Horror Channel UK").loose()).isEqualTo("horror");
        assertThat(normalizer.normalize("Clubland TV").loose()).isEqualTo("clubland");
        assertThat(normalizer.normalize("Channel 4").loose()).isNull();
        assertThat(normalizer.normalize("TV 2").loose()).isNull();
        assertThat(key("Fox")).isNotEqualTo(key("Fox News"));
        assertThat(normalizer.normalize("Fox").loose()).isNotEqualTo(normalizer.normalize("Fox News").loose());
    }

    @Test
    void guideIdShapeReadsCamelCaseSuffixAndPlusOne() {
        GuideIds.ParsedId id = GuideIds.parse("BBCOneHD.uk", normalizer);
        assertThat(id.name().compact()).isEqualTo(key("BBC One"));
        assertThat(id.country()).isEqualTo("uk");
        GuideIds.ParsedId plus = GuideIds.parse("Channel5Plus1.uk", normalizer);
        assertThat(plus.name().compact()).isEqualTo(key("Channel 5"));
        assertThat(plus.name().shiftHours()).isEqualTo(1);
        assertThat(GuideIds.parse("bbcone.uk", normalizer).lowerKey()).isEqualTo(key("BBC One"));
    }
}
