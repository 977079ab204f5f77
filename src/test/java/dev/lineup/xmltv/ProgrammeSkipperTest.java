package dev.lineup.xmltv;

import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programmes of channels not kept are taken out of the bytes before parsing: what is left is the guide
 * byte for byte, minus exactly those programmes (their line breaks stay, so error lines stay true).
 */
class ProgrammeSkipperTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!DOCTYPE tv [ <!ENTITY x "
            + "\"<programme channel='b'>\"> ]>\r\n<tv a=\"1 > 0\">\r\n<channel id=\"a\"/>\r\n";

    @TempDir
    Path dir;

    @Test
    void dropsOnlyUnkeptProgrammesWhateverTheyHoldAndKeepsTheirLineBreaks() throws IOException {
        String keptA = "<programme start=\"1\" channel=\"a\"><title>A &amp; <![CDATA[</programme>]]></title></programme>";
        String droppedB = "<programme start='2' channel='b'\r\n  stop=\"x>y\"><!-- </programme> -->\r\n"
                + "<title lang=\"ru\">Новости</title><programme-like/></programme >";
        String droppedEmpty = "<programme channel=\"b\" />";
        String keptEntity = "<programme channel=\"b&amp;c\"><title>t</title></programme>";
        String keptNoChannel = "<programme start=\"3\"><title>t</title></programme>";
        String xml = HEAD + keptA + "\r\n" + droppedB + droppedEmpty + "\n" + keptEntity + keptNoChannel + "\n</tv>\n";

        // two programmes taken out in a row leave one comment holding the line breaks of both
        String expected = HEAD + keptA + "\r\n" + "<!--\n\n\n-->" + keptEntity + keptNoChannel
                + "\n</tv>\n";
        for (boolean trickle : new boolean[] {false, true}) {
            ProgrammeSkipper s = new ProgrammeSkipper(bytes(xml, trickle), "a"::equals);
            // where the input arrives in pieces, a run may be handed on as adjacent comments instead of one
            assertThat(new String(s.readAllBytes(), StandardCharsets.UTF_8).replace("--><!--", ""))
                    .isEqualTo(expected);
            assertThat(s.skipped()).isEqualTo(2);
        }
    }

    @Test
    void aReaderOfTheProgrammesAloneGetsTheChannelsTakenOutTooWithTheirLineBreaks() throws IOException {
        String channel = "<channel id=\"c\">\n  <display-name>C</display-name>\n  <!-- </channel> -->\n</channel>";
        String kept = "<programme start=\"1\" channel=\"a\"><title>A</title></programme>";
        String xml = HEAD + kept + "\n" + channel + "\n<channel id=\"d\"/>\n" + kept + "\n</tv>\n";

        // HEAD's own <channel id="a"/> comes before <tv>'s first programme: taken out as well
        String expected = HEAD.replace("<channel id=\"a\"/>\r\n", "<!--\n-->") + kept + "\n" + "<!--\n\n\n\n\n-->" + kept
                + "\n</tv>\n";
        for (boolean trickle : new boolean[] {false, true}) {
            ProgrammeSkipper s = new ProgrammeSkipper(bytes(xml, trickle), "a"::equals);
            s.dropChannels();
            assertThat(new String(s.readAllBytes(), StandardCharsets.UTF_8).replace("--><!--", ""))
                    .isEqualTo(expected);
            assertThat(s.skipped()).as("channels are no programmes").isZero();
        }
    }

    @Test
    void programmeTagsOfEveryShapeAreDecidedAsTheParserWouldReadThem() throws IOException {
        // channel b is taken out, whatever the shape of its tags; each leaves exactly its line breaks
        List<String> dropped = List.of(
                "<programme start=\"1\"\r\n\tchannel=\"b\" stop='x>y'><title\n>t</title\r\n></programme>",
                "<programme\rchannel='b'\r\n/>",
                "<programme start=\"a\r\nb\" channel=\"b\"><title>t</title></programme\r>",
                "<programme start = \"1\" channel= 'b'\n></programme>",
                "<programme channel=\"b\" x=\"[\"></programme >");
        // kept: another channel, a value the parser must normalize or expand, no channel at all
        List<String> kept = List.of(
                "<programme start=\"1\" channel=\"a\"><title>t</title></programme>",
                "<programme channel=\"b\n\"></programme>",
                "<programme channel=\"b&amp;\"/>",
                "<programme channel=\"b\tc\"/>",
                "<programme start=\"1\"\n/>");
        StringBuilder xml = new StringBuilder("<tv>\n");
        StringBuilder expected = new StringBuilder("<tv>\n");
        for (String programme : dropped) {
            xml.append(programme).append("<keep/>");
            int lineBreaks = programme.split("\r\n|\r|\n", -1).length - 1;
            // a programme without line breaks leaves nothing behind
            expected.append(lineBreaks == 0 ? "" : "<!--" + "\n".repeat(lineBreaks) + "-->").append("<keep/>");
        }
        for (String programme : kept) {
            xml.append(programme).append("<keep/>");
            expected.append(programme).append("<keep/>");
        }
        xml.append("</tv>\n");
        expected.append("</tv>\n");
        for (boolean trickle : new boolean[] {false, true}) {
            ProgrammeSkipper s = new ProgrammeSkipper(bytes(xml.toString(), trickle), "a"::equals);
            assertThat(new String(s.readAllBytes(), StandardCharsets.UTF_8)).as("trickle " + trickle)
                    .isEqualTo(expected.toString());
            assertThat(s.skipped()).isEqualTo(dropped.size());
        }
    }

    @Test
    void aGuideInAnotherEncodingPassesThroughUntouched() throws IOException {
        String xml = "<?xml version='1.0' encoding='ISO-8859-1'?><tv><programme channel=\"b\"/></tv>";
        ProgrammeSkipper s = new ProgrammeSkipper(bytes(xml, false), id -> false);
        assertThat(new String(s.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo(xml);
        assertThat(s.skipped()).isZero();
    }

    @Test
    void corpusGuidesFilteredKeepExactlyTheProgrammesOfTheKeptChannels() throws IOException {
        for (Path guide : Corpus.all("xmltv")) {
            Guides.Result all = Guides.filter(GuideFilter.builder().keepAll().build(), guide);
            List<String> channels = new ArrayList<>(new LinkedHashSet<>(all.all("(?<=<programme [^>]{0,400}"
                    + "channel=\")[^\"]*")));
            if (channels.size() < 2) {
                continue;
            }
            Set<String> kept = Set.copyOf(channels.subList(0, channels.size() / 2));
            GuideFilter.Builder half = GuideFilter.builder();
            kept.forEach(half::keep);

            Guides.Result filtered = Guides.filter(half.build(), guide);

            Predicate<String> ofKept = tag -> kept.contains(channelOf(tag));
            assertThat(filtered.programmeTags()).as(guide.toString())
                    .isEqualTo(all.programmeTags().stream().filter(ofKept).toList());
            assertThat(filtered.stats().programmesKept() + filtered.stats().programmesDropped())
                    .as(guide.toString()).isEqualTo(all.stats().programmesKept() + all.stats().programmesDropped());
        }
    }

    @Test
    void skippedProgrammesInARowLeaveNoOversizedTextForTheParser() throws IOException {
        Path in = dir.resolve("long.xml");
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write(Guides.guide(List.of("a", "b")).replace("</tv>\n", ""));
            // 100k programmes, each followed by 50 spaces: the parser counts all text between two elements
            String dropped = "<programme start=\"20260101000000 +0000\" channel=\"b\"><title>x</title></programme>\n"
                    + " ".repeat(49);
            for (int i = 0; i < 100_000; i++) {
                w.write(dropped);
            }
            w.write(Guides.programme("a", "20260101000000 +0000", "20260101010000 +0000", "kept") + "\n</tv>\n");
        }
        Guides.Result r = Guides.filter(GuideFilter.builder().keep("a").build(), in);
        assertThat(r.stats().programmesKept()).isEqualTo(1);
        assertThat(r.stats().programmesDropped()).isEqualTo(100_000);
        assertThat(XmltvChannels.readComplete(in)).hasSize(2);
    }

    @Test
    void aGuideCutInsideASkippedProgrammeIsStillAnError() throws IOException {
        String xml = Guides.guide(List.of("a", "b"), Guides.programme("a", "20260101000000 +0000",
                "20260101010000 +0000", "kept"), "<programme start=\"20260101000000 +0000\" channel=\"b\">\n<title>cut");
        Path in = Guides.write(dir, "cut.xml", xml.substring(0, xml.indexOf("cut") + 3));

        XmltvFormatException e = catchThrowableOfType(XmltvFormatException.class, () -> XmltvFilter.run(List.of(in),
                GuideFilter.builder().keep("a").build(), new ByteArrayOutputStream(), Progress.NONE));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).containsIgnoringCase("EOF").contains("programme");
    }

    @Test
    void anErrorAfterSkippedProgrammesNamesItsRealLine() throws IOException {
        String dropped = "<programme start=\"20260101000000 +0000\" channel=\"b\">\n<title>x</title>\n</programme>";
        String xml = Guides.guide(List.of("a", "b"), dropped, dropped, "<programme channel=\"a\"><title>x</titel>");
        Path in = Guides.write(dir, "bad.xml", xml);
        int badLine = (int) xml.substring(0, xml.indexOf("</titel>")).chars().filter(c -> c == '\n').count() + 1;

        XmltvFormatException e = catchThrowableOfType(XmltvFormatException.class, () -> XmltvFilter.run(List.of(in),
                GuideFilter.builder().keep("a").build(), new ByteArrayOutputStream(), Progress.NONE));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(badLine);
    }

    private static String channelOf(String tag) {
        Matcher m = Pattern.compile("channel=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : "";
    }

    /** The text as UTF-8, optionally handed out one byte per read so every construct straddles a refill. */
    private static InputStream bytes(String text, boolean trickle) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return !trickle ? in : new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(1, len));
            }
        };
    }
}
