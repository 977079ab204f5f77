package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.Corpus;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every real guide in the shared corpus goes through the reader and the filter. */
class XmltvCorpusTest {

    static Stream<Path> corpus() {
        List<Path> all = Corpus.all("xmltv");
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void keepingEverythingKeepsEveryChannelAndProgramme(Path file) throws Exception {
        String raw = text(file);
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), file);

        assertThat(r.all("<channel id=\"[^\"]*\"")).isEqualTo(matches(raw, "<channel\\s+id=\"[^\"]*\""));
        assertThat(r.stats().channels()).isEqualTo(XmltvChannels.read(file).size());
        assertThat(r.stats().programmesKept() + r.stats().programmesDropped())
                .isEqualTo(matches(raw, "<programme[\\s>]").size());
        // and the output is itself a readable guide that filters to itself
        Path again = Guides.write(Files.createTempDirectory("again"), "again.xml", r.xml());
        assertThat(Guides.filter(GuideFilter.builder().keepAll().build(), again).xml()).isEqualTo(r.xml());
    }

    @Test
    void channelIdsWithSpacesAndSymbolsAreKeptExactly() throws Exception {
        assertThat(XmltvChannels.read(Corpus.path("xmltv/energeek.cl.xml"))).extracting(GuideChannel::id)
                .containsExactly("EnerGeek Retro", "EnerGeek Fanpop", "EnerGeek Animate", "EnerGeek 4",
                        "EnerGeek Radio TV");
        assertThat(XmltvChannels.read(Corpus.path("xmltv/epg.tmacaraibes.com.xml"))).containsExactly(
                new GuideChannel("TMA.gp@SD", List.of("TMA"), List.of("http://www.tmacaraibes.com/images/Logo-chaine-TMA.png")));
    }

    @Test
    void duplicateIconsAreReportedAsTheGuideHasThem() throws Exception {
        String logo = "http://www.aljazeera.com/mritems/assets/images/aj-logo-lg.png";
        assertThat(XmltvChannels.read(Corpus.path("xmltv/epgshare01.online.xml"))).containsExactly(
                new GuideChannel("AlJazeera.Arabic.net", List.of("AlJazeera Arabic"), List.of(logo, logo)),
                new GuideChannel("AlJazeera.English.net", List.of("AlJazeera English"), List.of(logo, logo)));
    }

    @Test
    void cyrillicAndArabicTextSurvivesTheRoundTrip() throws Exception {
        Guides.Result ru = Guides.filter(GuideFilter.builder().keep("12-omsk").build(),
                Corpus.path("xmltv/epg.iptvx.one.xml.gz"));
        assertThat(ru.xml()).contains("<display-name>12 канал (Омск)</display-name>", "<title>д/ф Солнце Сибири</title>");
        Guides.Result ar = Guides.filter(GuideFilter.builder().keep("AlJazeera.Arabic.net").build(),
                Corpus.path("xmltv/epgshare01.online.xml"));
        assertThat(ar.xml()).contains("<title lang=\"en\">نشرة الأخبار</title>");
    }

    @Test
    void offsetsOfTheGuideAreKeptAsWritten() throws Exception {
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), Corpus.path("xmltv/epg.tmacaraibes.com.xml"));
        assertThat(r.programmeTags()).hasSize(318).allMatch(t -> t.matches(".*start=\"\\d{14} -0400\" stop=\"\\d{14} -0400\".*"));
        assertThat(r.programmeTags().get(0)).isEqualTo(
                "<programme start=\"20260503000000 -0400\" stop=\"20260503030000 -0400\" channel=\"TMA.gp@SD\">");
        assertThat(r.xml()).contains("<title lang=\"pt\">GLOBAL</title>", "<length units=\"minutes\">180</length>",
                "<rating system=\"VCHIP\">\n      <value>TV-G</value>\n    </rating>");
    }

    @Test
    void commentsAndCustomTagsDoNotDisturbTheRestOfTheGuide() throws Exception {
        Guides.Result c = Guides.filter(GuideFilter.builder().keepAll().build(), Corpus.path("xmltv/ektotv-comments.xml"));
        assertThat(c.xml()).contains("<title>Breaking Bad</title>").doesNotContain("testing comment support");
        Guides.Result nz = Guides.filter(GuideFilter.builder().keepAll().build(), Corpus.path("xmltv/nzxmltv.com.xml"));
        // Tags the XMLTV DTD does not know (lcn, a channel's desc, audio-description) are left out; the rest stays.
        assertThat(nz.xml()).contains("<date/>", "<episode-num system=\"xmltv_ns\">7.5.0</episode-num>")
                .doesNotContain("<lcn>", "<audio-description", "As New Zealand's leading producer");
        assertThat(nz.xml()).contains("<tv date=\"2023-11-22 04:00:15\"");
    }

    @Test
    void channelOnlyGuideGivesChannelsAndNoProgrammes() throws Exception {
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), Corpus.path("xmltv/ektotv-channel-only.xml"));
        assertThat(r.xml()).endsWith("<channel id=\"1\">\n    <display-name>Channel 1</display-name>\n  </channel>\n</tv>\n");
        assertThat(r.stats()).isEqualTo(new FilterStats(1, 0, 0));
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group().replaceAll("\\s+", " "));
        }
        return out;
    }

    private static String text(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readAllBytes();
            if (b.length > 1 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
                try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                    b = gz.readAllBytes();
                }
            }
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
