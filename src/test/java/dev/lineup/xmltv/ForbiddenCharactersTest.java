package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from providers and users may hold characters XML 1.0 forbids; the guide written must stay readable. */
class ForbiddenCharactersTest {
    @TempDir
    Path dir;

    @Test
    void aDisplayNameWithUfffeUffffALoneSurrogateAndAControlIsWrittenWithoutThemAndReadsBack() throws Exception {
        String hostile = "News\uFFFE One\uFFFF \uD800HD\u0001 \uD83D\uDCFA";
        GuideFilter f = GuideFilter.builder().rename("a", "a").displayName("a", hostile).icon("a", "http://x/\uFFFE.png")
                .build();
        Path in = Guides.write(dir, "in.xml", Guides.guide(List.of("a")));

        Guides.Result r = Guides.filter(f, in);

        assertThat(r.xml()).doesNotContain("\uFFFE", "\uFFFF", "\u0001").contains("<display-name>News One HD \uD83D\uDCFA<");
        Path out = Guides.write(dir, "out.xml", r.xml());
        // Our own reader (Woodstox, strict XML 1.0) must accept what we wrote.
        assertThat(XmltvChannels.read(out)).singleElement().satisfies(c ->
                assertThat(c.displayNames()).containsExactly("News One HD \uD83D\uDCFA"));
    }
}
