package dev.lineup.xmltv;

import dev.lineup.task.Progress;
import static dev.lineup.xmltv.Guides.guide;
import static dev.lineup.xmltv.Guides.programme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken guide fails with the file, the line and what was expected; it never ends quietly. */
class MalformedGuideTest {
    @TempDir
    Path dir;

    private XmltvFormatException failure(Path in) {
        return catchThrowableOfType(XmltvFormatException.class, () -> XmltvFilter.run(List.of(in),
                GuideFilter.builder().keepAll().build(), new ByteArrayOutputStream(), Progress.NONE));
    }

    @Test
    void truncatedGuideNamesFileLineAndTheMissingCloseTag() throws Exception {
        String full = Files.readString(Corpus.path("xmltv/vantagetv.ee.xml"));
        String cut = full.substring(0, full.indexOf("<title>Breakfast with Vantage Music</title>") + 15);
        Path in = Guides.write(dir, "cut.xml", cut);

        XmltvFormatException e = failure(in);

        assertThat(e).isNotNull();
        assertThat(e.sourceName()).isEqualTo(in.toString());
        assertThat(e.line()).isEqualTo(cut.split("\n", -1).length);
        assertThat(e.getMessage()).startsWith(in + ":" + e.line() + ":").containsIgnoringCase("EOF")
                .contains("title");
    }

    @Test
    void truncatedGzipGuideIsAnErrorNotAShorterGuide() throws Exception {
        byte[] gz = Files.readAllBytes(Corpus.path("xmltv/epg.iptvx.one.xml.gz"));
        Path in = dir.resolve("cut.xml.gz");
        Files.write(in, Arrays.copyOf(gz, gz.length / 2));

        XmltvFormatException e = failure(in);

        assertThat(e).isNotNull();
        assertThat(e.sourceName()).isEqualTo(in.toString());
        assertThat(e.line()).isGreaterThan(1);
        assertThat(e.getMessage()).contains("compressed data ends or breaks off early");
    }

    @Test
    void gzipWithItsLast8BytesMissingIsCaughtToo() throws Exception {
        // the whole XML is there, only the gzip trailer (CRC, size) is cut: still not a complete download
        byte[] gz = Files.readAllBytes(Corpus.path("xmltv/epg.iptvx.one.xml.gz"));
        Path in = dir.resolve("no-trailer.gz");
        Files.write(in, Arrays.copyOf(gz, gz.length - 8));
        assertThat(failure(in)).isNotNull().hasMessageContaining(in.toString());
    }

    @Test
    void mismatchedTagSaysWhatWasExpected() throws Exception {
        Path in = Guides.write(dir, "bad.xml", guide(List.of("a"),
                "<programme start=\"20240101060000 +0000\" channel=\"a\">\n<title>X</titel>\n</programme>"));
        XmltvFormatException e = failure(in);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("bad.xml:5:").contains("</title>");
    }

    @Test
    void otherRootElementIsRefused() throws Exception {
        Path in = Guides.write(dir, "feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>");
        XmltvFormatException e = failure(in);
        assertThat(e.getMessage()).isEqualTo(in + ":2:1: expected the XMLTV root element <tv>, found <rss>");
    }

    @Test
    void emptyAndBinaryFilesAreRefused() throws Exception {
        assertThat(failure(Guides.write(dir, "empty.xml", ""))).isNotNull().hasMessageContaining("empty.xml");
        Path png = dir.resolve("logo.xml");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertThat(failure(png)).isNotNull().hasMessageContaining("logo.xml:1:");
    }

    @Test
    void garbageAfterTheGuideIsReported() throws Exception {
        Path in = Guides.write(dir, "tail.xml", guide(List.of("a"),
                programme("a", "20240101060000 +0000", "20240101070000 +0000", "A")) + "<tv>");
        assertThat(failure(in)).isNotNull().hasMessageContaining("tail.xml:");
    }

    @Test
    void errorInTheSecondInputNamesThatInput() throws Exception {
        Path good = Corpus.path("xmltv/vantagetv.ee.xml");
        Path bad = Guides.write(dir, "second.xml", guide(List.of("b"), "<programme start=\"x\" channel=\"b\">"));
        XmltvFormatException e = catchThrowableOfType(XmltvFormatException.class, () -> XmltvFilter.run(
                List.of(good, bad), GuideFilter.builder().keepAll().build(), new ByteArrayOutputStream(),
                Progress.NONE));
        assertThat(e.sourceName()).isEqualTo(bad.toString());
    }

    @Test
    void channelListOfATruncatedChannelSectionFails() throws Exception {
        Path in = Guides.write(dir, "cut.xml", "<tv><channel id=\"a\"><display-name>A</display-name>");
        XmltvFormatException e = catchThrowableOfType(XmltvFormatException.class, () -> XmltvChannels.read(in));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(new String(Files.readAllBytes(in), StandardCharsets.UTF_8)).startsWith("<tv>");
    }
}
