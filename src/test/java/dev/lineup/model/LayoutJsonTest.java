package dev.lineup.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutJsonTest {

    private static Layout sample() {
        LayoutChannel bbc = new LayoutChannel("tvg:bbcone.uk@uk", "BBC One", 101, "https://logo/bbc1.png",
                "BBCOne.uk", "bbc1.guide", -1.5, false, true);
        LayoutChannel cnn = LayoutChannel.of("name:cnn@news", null).withHidden(true);
        return new Layout("Family", new LayoutOptions(1, 7, true, false),
                List.of(new LayoutGroup("UK", false, List.of(bbc)), new LayoutGroup("News", true, List.of(cnn))));
    }

    private static Layout parse(String json) throws IOException {
        return LayoutJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "layout.json");
    }

    @Test
    void everyFieldSurvivesWriteThenRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LayoutJson.write(sample(), out);
        Layout back = LayoutJson.read(new ByteArrayInputStream(out.toByteArray()), "mem");
        assertThat(back).isEqualTo(sample());
    }

    @Test
    void fileCarriesFormatVersionAndTheContractFieldNames() {
        String json = LayoutJson.toJson(sample());
        assertThat(json).contains("\"format\" : \"lineup-layout\"", "\"version\" : 1",
                "\"name\" : \"BBC One\"", "\"number\" : 101", "\"shiftHours\" : -1.5");
    }

    @Test
    void minimalChannelGetsDefaults() throws IOException {
        Layout l = parse("{\"version\":1,\"name\":\"L\",\"groups\":[{\"name\":\"G\",\"channels\":[{\"sourceKey\":\"k\"}]}]}");
        LayoutChannel c = l.groups().get(0).channels().get(0);
        assertThat(c.name()).isNull();
        assertThat(c.hidden()).isFalse();
        assertThat(c.catchupPassthrough()).isTrue();
        assertThat(l.options()).isEqualTo(LayoutOptions.DEFAULTS);
    }

    @Test
    void brokenJsonNamesFileAndLine() {
        assertThatThrownBy(() -> parse("{\"version\":1,\n\"name\":\"L\",\n\"groups\":[ {\"name\": }]}"))
                .isInstanceOf(LayoutFormatException.class)
                .hasMessageStartingWith("layout.json:3:")
                .satisfies(e -> assertThat(((LayoutFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void newerVersionIsRefusedNotHalfRead() {
        assertThatThrownBy(() -> parse("{\"version\":2,\"name\":\"L\",\"groups\":[]}"))
                .hasMessageContaining("version 2 is newer");
    }

    @Test
    void channelWithoutSourceKeyIsNamedByPosition() {
        assertThatThrownBy(() -> parse("{\"version\":1,\"name\":\"L\",\"groups\":[{\"name\":\"News\",\"channels\":[{\"sourceKey\":\"a\"},{\"name\":\"x\"}]}]}"))
                .hasMessageContaining("group 1 ('News') channel 2: missing \"sourceKey\"");
    }

    @Test
    void duplicateSourceKeyIsRefused() {
        assertThatThrownBy(() -> parse("{\"version\":1,\"name\":\"L\",\"groups\":[{\"name\":\"A\",\"channels\":[{\"sourceKey\":\"a\"}]},"
                + "{\"name\":\"B\",\"channels\":[{\"sourceKey\":\"a\"}]}]}"))
                .hasMessageContaining("appears twice");
    }
}
