package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DummyProgrammesTest {
    private static final Instant FROM = Instant.parse("2026-11-22T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-23T00:00:00Z");
    private static final List<DummyProgrammes.Channel> CHANNELS = List.of(
            new DummyProgrammes.Channel("tf1.fr", "TF1 & \"Séries\" <HD>", "http://logo/tf1.png?a=1&b=2"),
            new DummyProgrammes.Channel("lineup-dummy.x", "Bell\u0007 TV \uD83D\uDCFA", null));

    private static String run(List<Path> inputs, GuideFilter filter, DummyProgrammes dummies) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FilterStats s = XmltvFilter.run(inputs, filter, dummies, out, null);
        assertThat(s.channels()).isPositive();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> spans(String xml, String channel) {
        Matcher m = Pattern.compile("start=\"\\d{8}(\\d{4})00 \\+0000\" stop=\"\\d{8}(\\d{4})00 \\+0000\" channel=\""
                + Pattern.quote(channel) + "\"").matcher(xml);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + "-" + m.group(2));
        }
        return out;
    }

    @Test
    void placeholdersAloneMakeAValidGuide() throws Exception {
        String xml = run(List.of(), GuideFilter.builder().build(),
                DummyProgrammes.of(CHANNELS, FROM, TO, Duration.ofMinutes(60)));
        assertThat(DtdValidationTest.validate(xml)).isEmpty();
        assertThat(spans(xml, "tf1.fr")).hasSize(24).startsWith("0000-0100").endsWith("2300-0000");
        assertThat(xml).contains("<title>TF1 &amp; \"Séries\" &lt;HD&gt;</title>")
                .contains("<icon src=\"http://logo/tf1.png?a=1&amp;b=2\"/>");
    }

    @Test
    void placeholdersFollowTheRealChannelsAndTheRealProgrammesSoTheMergedGuideStaysValid() throws Exception {
        String xml = run(List.of(Corpus.path("xmltv/ektotv-example.xml")), GuideFilter.builder().keepAll().build(),
                DummyProgrammes.of(CHANNELS, FROM, TO, Duration.ofMinutes(30)));
        assertThat(DtdValidationTest.validate(xml)).isEmpty();
        assertThat(xml.indexOf("<channel id=\"channel_two\"")).isLessThan(xml.indexOf("<channel id=\"tf1.fr\""));
        assertThat(xml.lastIndexOf("channel=\"channel_one\"")).isLessThan(xml.indexOf("channel=\"tf1.fr\""));
        assertThat(spans(xml, "tf1.fr")).hasSize(48);
    }

    @Test
    void aPlaceholderForAnIdTheRealGuideHasIsLeftOut() throws Exception {
        DummyProgrammes d = DummyProgrammes.of(List.of(new DummyProgrammes.Channel("channel_one", "Dup", null)),
                FROM, TO, Duration.ofHours(1));
        String xml = run(List.of(Corpus.path("xmltv/ektotv-example.xml")), GuideFilter.builder().keepAll().build(), d);
        assertThat(xml).doesNotContain("Dup");
        assertThat(xml.split("<channel id=\"channel_one\"", -1)).hasSize(2);
    }

    @Test
    void blocksAlignToTheBlockLengthAndTheLastIsCutAtTheWindowEnd() throws Exception {
        String xml = run(List.of(), GuideFilter.builder().build(), DummyProgrammes.of(CHANNELS.subList(0, 1),
                Instant.parse("2026-11-22T10:20:00Z"), Instant.parse("2026-11-22T13:30:00Z"), Duration.ofMinutes(90)));
        assertThat(spans(xml, "tf1.fr")).containsExactly("0900-1030", "1030-1200", "1200-1330");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndEmojiKept() throws Exception {
        String xml = run(List.of(), GuideFilter.builder().build(),
                DummyProgrammes.of(CHANNELS, FROM, TO, Duration.ofHours(6)));
        assertThat(xml).contains("<display-name>Bell TV \uD83D\uDCFA</display-name>").doesNotContain("\u0007");
        assertThat(DtdValidationTest.validate(xml)).isEmpty();
    }

    @Test
    void sillyBlockLengthsAndNoInputAtAllAreRefused() {
        assertThatThrownBy(() -> DummyProgrammes.of(CHANNELS, FROM, TO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 5 minutes and 24 hours");
        assertThatThrownBy(() -> XmltvFilter.run(List.of(), GuideFilter.builder().build(), DummyProgrammes.none(),
                new ByteArrayOutputStream(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
