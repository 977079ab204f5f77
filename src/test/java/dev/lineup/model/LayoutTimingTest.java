package dev.lineup.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Time shift and catch-up at four levels: a channel's own value wins over its group's, the group's over
 * its source's, the source's over the playlist's; every level survives the layout file.
 */
class LayoutTimingTest {
    static final Catchup SEVEN_DAYS = Catchup.on(7, "xc", "http://tv.example/{utc}");

    static Layout layout() {
        LayoutChannel own = LayoutChannel.of("a", "BBC One").withTiming(Timing.of(0.0, Catchup.OFF));
        LayoutChannel plain = LayoutChannel.of("b", "ITV 1");
        LayoutGroup uk = new LayoutGroup("UK", false, List.of(own, plain), Timing.of(2.0, null));
        LayoutGroup fr = new LayoutGroup("France", false, List.of(LayoutChannel.of("c", "Arte")));
        LayoutTiming t = new LayoutTiming(Timing.of(-1.0, Catchup.PROVIDER), Map.of("Provider", Timing.of(null, SEVEN_DAYS)));
        return new Layout("Home", LayoutOptions.DEFAULTS, List.of(uk, fr), t);
    }

    @Test
    void theFirstLevelThatSetsAValueWins() {
        Layout l = layout();
        LayoutGroup uk = l.groups().get(0);
        LayoutGroup fr = l.groups().get(1);
        assertThat(l.timing().effective(uk, uk.channels().get(0), "Provider")).isEqualTo(Timing.of(0.0, Catchup.OFF));
        assertThat(l.timing().effective(uk, uk.channels().get(1), "Provider")).isEqualTo(Timing.of(2.0, SEVEN_DAYS));
        assertThat(l.timing().effective(fr, fr.channels().get(0), "Provider")).isEqualTo(Timing.of(-1.0, SEVEN_DAYS));
        assertThat(l.timing().effective(fr, fr.channels().get(0), "Other source"))
                .isEqualTo(Timing.of(-1.0, Catchup.PROVIDER));
        assertThat(LayoutTiming.NONE.effective(fr, fr.channels().get(0), null))
                .as("nothing set anywhere: no shift of ours, the provider's catch-up")
                .isEqualTo(Timing.of(null, Catchup.PROVIDER));
    }

    @Test
    void everyLevelSurvivesTheLayoutFile() throws IOException {
        Layout l = layout();
        String json = LayoutJson.toJson(l);
        assertThat(json).contains("\"sources\"", "\"mode\" : \"on\"", "\"days\" : 7");
        assertThat(read(json)).isEqualTo(l);
    }

    @Test
    void filesFromBeforeLevelsReadAsTheyMeant() throws IOException {
        Layout l = read("{\"version\":1,\"name\":\"L\",\"groups\":[{\"name\":\"A\",\"channels\":["
                + "{\"sourceKey\":\"a\",\"shiftHours\":1.5,\"catchup\":false},{\"sourceKey\":\"b\"}]}]}");
        assertThat(l.groups().get(0).channels()).extracting(LayoutChannel::timing)
                .containsExactly(Timing.of(1.5, Catchup.OFF), Timing.INHERIT);
    }

    @Test
    void aBadCatchupNamesWhereAndWhatIsExpected() {
        assertThatThrownBy(() -> read("{\"version\":1,\"name\":\"L\",\"groups\":[{\"name\":\"A\","
                + "\"catchup\":{\"mode\":\"sometimes\"},\"channels\":[]}]}"))
                .isInstanceOf(LayoutFormatException.class)
                .hasMessage("test.json: group 1 ('A'): \"catchup\" needs \"mode\": \"on\", \"off\" or \"provider\", "
                        + "not \"sometimes\"");
        assertThatThrownBy(() -> read("{\"version\":1,\"name\":\"L\",\"timing\":{\"sources\":{\"P\":{\"catchup\":"
                + "{\"mode\":\"on\",\"days\":0}}}},\"groups\":[]}"))
                .hasMessage("test.json: timing of source 'P': catch-up days 0 is not between 1 and 90");
        assertThatThrownBy(() -> read("{\"version\":1,\"name\":\"L\",\"timing\":{\"shiftHours\":25},\"groups\":[]}"))
                .hasMessage("test.json: playlist: the time shift 25.0 is not between -24 and 24 hours");
    }

    @Test
    void theDocumentedExampleReadsAsDocumented() throws IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/layout-format.md"));
        String json = doc.substring(doc.indexOf("```json") + 7, doc.indexOf("```", doc.indexOf("```json") + 7));
        Layout l = read(json);
        LayoutGroup uk = l.groups().get(0);
        assertThat(l.timing().effective(uk, uk.channels().get(0), "My provider"))
                .isEqualTo(Timing.of(-1.5, Catchup.OFF));
        assertThat(l.timing().effective(uk, uk.channels().get(1), "My provider"))
                .isEqualTo(Timing.of(2.0, Catchup.on(3, "xc", null)));
        assertThat(uk.channels().get(1).sourceKey()).isEqualTo("tvg:bbcone.uk@uk#2");
    }

    private static Layout read(String json) throws IOException {
        return LayoutJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
