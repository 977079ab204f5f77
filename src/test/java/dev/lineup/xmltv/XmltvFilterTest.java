package dev.lineup.xmltv;

import dev.lineup.task.Progress;
import static dev.lineup.xmltv.Guides.guide;
import static dev.lineup.xmltv.Guides.programme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmltvFilterTest {
    @TempDir
    Path dir;

    @Test
    void keepsOnlyChosenChannelsAndTheirProgrammes() throws Exception {
        Guides.Result r = Guides.filter(GuideFilter.builder().keep("EnerGeek Retro").keep("EnerGeek 4").build(),
                Corpus.path("xmltv/energeek.cl.xml"));

        assertThat(r.all("<channel id=\"[^\"]*\"")).containsExactly(
                "<channel id=\"EnerGeek Retro\"", "<channel id=\"EnerGeek 4\"");
        assertThat(r.programmeTags()).hasSize(117 + 24)
                .allMatch(t -> t.contains("channel=\"EnerGeek Retro\"") || t.contains("channel=\"EnerGeek 4\""));
        assertThat(r.stats()).isEqualTo(new FilterStats(2, 141, 294 - 141));
        assertThat(r.xml()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tv SYSTEM \"xmltv.dtd\">\n"
                + "<tv generator-info-name=\"WebGrab+Plus/w MDB &amp; REX Postprocess -- version  V2.1 -- Jan van "
                + "Straaten\" generator-info-url=\"http://www.webgrabplus.com\">");
    }

    @Test
    void oneSourceChannelRenamedTwiceIsPublishedTwiceWithItsOwnNamesAndIcons() throws Exception {
        GuideFilter f = GuideFilter.builder()
                .rename("AlJazeera.English.net", "aje").rename("AlJazeera.English.net", "aje-plus1")
                .displayName("aje-plus1", "Al Jazeera +1").displayName("aje-plus1", "AJE +1")
                .icon("aje-plus1", "https://logos.example/aje?size=big&fmt=png").shift("aje-plus1", 1).build();

        Guides.Result r = Guides.filter(f, Corpus.path("xmltv/epgshare01.online.xml"));

        assertThat(r.xml()).contains("""
                  <channel id="aje">
                    <display-name lang="en">AlJazeera English</display-name>
                    <icon src="http://www.aljazeera.com/mritems/assets/images/aj-logo-lg.png"/>
                    <icon src="http://www.aljazeera.com/mritems/assets/images/aj-logo-lg.png"/>
                    <url>http://www.aljazeera.com</url>
                  </channel>
                  <channel id="aje-plus1">
                    <display-name>Al Jazeera +1</display-name>
                    <display-name>AJE +1</display-name>
                    <icon src="https://logos.example/aje?size=big&amp;fmt=png"/>
                    <url>http://www.aljazeera.com</url>
                  </channel>
                """);
        assertThat(r.xml()).doesNotContain("AlJazeera.Arabic.net").doesNotContain("AlJazeera.English.net");
        List<String> tags = r.programmeTags();
        long plain = tags.stream().filter(t -> t.contains("channel=\"aje\"")).count();
        assertThat(plain).isPositive().isEqualTo(tags.stream().filter(t -> t.contains("channel=\"aje-plus1\"")).count());
        // the first English programme, and its copy an hour later in the same +0100 notation
        String first = tags.stream().filter(t -> t.contains("channel=\"aje\"")).findFirst().orElseThrow();
        String firstCopy = tags.stream().filter(t -> t.contains("channel=\"aje-plus1\"")).findFirst().orElseThrow();
        assertThat(first).contains("start=\"20250208000000 +0100\"");
        assertThat(firstCopy).contains("start=\"20250208010000 +0100\"");
        assertThat(r.stats().channels()).isEqualTo(2);
        assertThat(r.stats().programmesKept()).isEqualTo(2 * plain);
    }

    @Test
    void everyOtherElementAndAttributeOfAProgrammeIsCopied() throws Exception {
        Guides.Result r = Guides.filter(GuideFilter.builder().keep("channel_one").build(),
                Corpus.path("xmltv/ektotv-example.xml"));

        assertThat(r.xml()).contains(
                "<programme start=\"20220331180000 +0000\" stop=\"20220331190000 +0000\" channel=\"channel_one\" "
                        + "pdc-start=\"20220331180000 +0000\" vps-start=\"20220331180000 +0000\" showview=\"12345\" "
                        + "videoplus=\"67890\" clumpidx=\"0/1\">",
                "<sub-title lang=\"en\">Pilot</sub-title>",
                "<actor role=\"Karl James\" guest=\"yes\"> Ryan Lee <image type=\"person\">",
                "<episode-num system=\"xmltv_ns\">1.1.</episode-num>",
                "<previously-shown start=\"20220331180000 +0000\" channel=\"channel_two\"/>",
                "<new/>",
                "<rating system=\"BBFC\">\n      <value>15</value>\n      <icon src=\"15_symbol.png\"/>\n    </rating>",
                "<star-rating system=\"TV Guide\">\n      <value> 4/5</value>",
                "<image type=\"backdrop\" size=\"3\" orient=\"L\" system=\"tvdb\"> https://tvdb.com/programme_one_backdrop_3.jpg</image>",
                "<url> https://example.com/programme_one_2</url>",
                "<date>202204</date>");
        assertThat(r.stats().programmesKept()).isEqualTo(5);
    }

    @Test
    void childrenOutOfDtdOrderArePutBackInOrder() throws Exception {
        // iptvx.one writes <desc> before <title>; the DTD wants title first
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), Corpus.path("xmltv/epg.iptvx.one.xml"));
        assertThat(r.xml()).contains(
                "  <programme start=\"20250922014500 +0300\" stop=\"20250922030000 +0300\" channel=\"12-omsk\">\n"
                        + "    <title>д/с Необыкновенные люди</title>\n"
                        + "    <desc>В этом документальном цикле");
    }

    @Test
    void severalGuidesGiveOneDocumentWithAllChannelsBeforeAllProgrammes() throws Exception {
        Path first = Guides.write(dir, "first.xml", guide(List.of("a", "shared"),
                programme("a", "20240101060000 +0000", "20240101070000 +0000", "A1"),
                programme("shared", "20240101060000 +0000", "20240101070000 +0000", "S1")));
        Path second = Guides.write(dir, "second.xml", guide(List.of("shared", "b"),
                programme("b", "20240101060000 +0000", "20240101070000 +0000", "B1"),
                programme("shared", "20240101070000 +0000", "20240101080000 +0000", "S2"))
                .replace("generator-info-name=\"t\"", "generator-info-name=\"second\""));

        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), first, second);

        assertThat(r.all("<channel id=\"[^\"]*\"|<title>[^<]*</title>")).containsExactly(
                "<channel id=\"a\"", "<channel id=\"shared\"", "<channel id=\"b\"",
                "<title>A1</title>", "<title>S1</title>", "<title>B1</title>", "<title>S2</title>");
        assertThat(r.xml()).contains("<tv generator-info-name=\"t\">").doesNotContain("second");
        assertThat(r.stats()).isEqualTo(new FilterStats(3, 4, 0));
    }

    @Test
    void gzipInputIsRecognisedByContentNotByName() throws Exception {
        Path plain = Corpus.path("xmltv/epg.iptvx.one.xml");
        Path disguised = dir.resolve("guide.xml");
        Files.copy(Corpus.path("xmltv/epg.iptvx.one.xml.gz"), disguised);
        Path notReallyGz = dir.resolve("plain.xml.gz");
        Files.copy(plain, notReallyGz);
        GuideFilter all = GuideFilter.builder().keepAll().build();

        Guides.Result fromGz = Guides.filter(all, disguised);

        assertThat(fromGz.xml()).isEqualTo(Guides.filter(all, plain).xml());
        assertThat(Guides.filter(all, notReallyGz).xml()).isEqualTo(fromGz.xml());
        assertThat(fromGz.stats().programmesKept()).isEqualTo(230);
        assertThat(XmltvChannels.read(disguised)).containsExactly(new GuideChannel("12-omsk",
                List.of("12 канал Омск", "12 канал (Омск)"), List.of("https://iptvx.one/picons/12-omsk.png")));
    }

    @Test
    void gzipOutputReadsBackAsTheSameGuide() throws Exception {
        Path out = dir.resolve("out.xml.gz");
        GuideFilter f = GuideFilter.builder().keep("vrock").build();
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            XmltvFilter.run(List.of(Corpus.path("xmltv/vantagetv.ee.xml")), f, o, Progress.NONE);
        }
        String unpacked;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            unpacked = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(unpacked).isEqualTo(Guides.filter(f, Corpus.path("xmltv/vantagetv.ee.xml")).xml());
        assertThat(XmltvChannels.read(out)).extracting(GuideChannel::id).containsExactly("vrock");
        // and the gz output is itself a valid input
        assertThat(Guides.filter(GuideFilter.builder().keepAll().build(), out).xml()).isEqualTo(unpacked);
    }

    @Test
    void progressReachesTheSizeOfTheInputs() throws Exception {
        Path a = Corpus.path("xmltv/epg.tmacaraibes.com.xml");
        Path b = Corpus.path("xmltv/epg.iptvx.one.xml.gz");
        List<Long> seen = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        XmltvFilter.run(List.of(a, b), GuideFilter.builder().keepAll().build(), new ByteArrayOutputStream(),
                (phase, done, total) -> {
                    assertThat(phase).isEqualTo(XmltvFilter.PHASE);
                    seen.add(done);
                    totals.add(total);
                });
        assertThat(seen).isSorted();
        assertThat(totals).as("the total is known from the start").containsOnly(Files.size(a) + Files.size(b));
        assertThat(seen.get(seen.size() - 1)).isEqualTo(Files.size(a) + Files.size(b));
    }

    @Test
    void channelAfterProgrammesIsWrittenBeforeEveryProgrammeSoTheOutputKeepsDtdOrder() throws Exception {
        Path in = Guides.write(dir, "late.xml", guide(List.of("a"),
                programme("a", "20240101060000 +0000", "20240101070000 +0000", "A1"),
                "<channel id=\"late\"><display-name>Late</display-name></channel>",
                programme("late", "20240101060000 +0000", "20240101070000 +0000", "L1")));
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), in);
        assertThat(r.all("<channel id=\"[^\"]*\"")).containsExactly("<channel id=\"a\"", "<channel id=\"late\"");
        assertThat(r.xml()).contains("<display-name>Late</display-name>");
        assertThat(r.xml().indexOf("<programme")).isGreaterThan(r.xml().lastIndexOf("</channel>"));
        assertThat(r.xml()).contains("<title>L1</title>");
    }
}
