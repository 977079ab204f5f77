package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.Corpus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmltvProgrammesTest {
    @TempDir
    Path dir;

    @Test
    void nowAndNextOnARealGuideWithAMinusFourOffset() throws Exception {
        // 20260503030000 -0400 .. 060000 -0400 is 07:00Z..10:00Z
        List<GuideProgramme> p = XmltvProgrammes.nowAndNext(Corpus.path("xmltv/epg.tmacaraibes.com.xml"),
                "TMA.gp@SD", Instant.parse("2026-05-03T08:00:00Z"));

        assertThat(p).hasSize(2);
        assertThat(p.get(0).start()).isEqualTo(Instant.parse("2026-05-03T07:00:00Z"));
        assertThat(p.get(0).stop()).isEqualTo(Instant.parse("2026-05-03T10:00:00Z"));
        assertThat(p.get(0).title()).isEqualTo("GLOBAL");
        assertThat(p.get(1).start()).isEqualTo(Instant.parse("2026-05-03T10:00:00Z"));
    }

    @Test
    void nowAndNextReadsGzipAndCyrillicTitles() throws Exception {
        // 20250922030000 +0300 is 00:00Z: "д/ф Солнце Сибири" runs then, "Благовест" follows at 00:55Z
        List<GuideProgramme> p = XmltvProgrammes.nowAndNext(Corpus.path("xmltv/epg.iptvx.one.xml.gz"), "12-omsk",
                Instant.parse("2025-09-22T00:10:00Z"));
        assertThat(p).extracting(GuideProgramme::title).containsExactly("д/ф Солнце Сибири", "Благовест");
    }

    @Test
    void programmesInAnyFileOrderAreJudgedByTime() throws Exception {
        Path in = Guides.write(dir, "g.xml", Guides.guide(List.of("a", "b"),
                Guides.programme("a", "20240101090000 +0000", "20240101100000 +0000", "Later"),
                Guides.programme("b", "20240101080000 +0000", "20240101090000 +0000", "Other channel"),
                Guides.programme("a", "20240101080000 +0000", "20240101083000 +0000", "Soon"),
                Guides.programme("a", "20240101063000 +0000", "20240101073000 +0000", "Running")));

        assertThat(XmltvProgrammes.nowAndNext(in, "a", Instant.parse("2024-01-01T07:00:00Z")))
                .containsExactly(new GuideProgramme("Running", Instant.parse("2024-01-01T06:30:00Z"),
                                Instant.parse("2024-01-01T07:30:00Z")),
                        new GuideProgramme("Soon", Instant.parse("2024-01-01T08:00:00Z"),
                                Instant.parse("2024-01-01T08:30:00Z")));
        // in a gap: only what comes next
        assertThat(XmltvProgrammes.nowAndNext(in, "a", Instant.parse("2024-01-01T07:45:00Z")))
                .extracting(GuideProgramme::title).containsExactly("Soon");
        // after the guide ends, or for an unknown channel: nothing
        assertThat(XmltvProgrammes.nowAndNext(in, "a", Instant.parse("2024-01-02T00:00:00Z"))).isEmpty();
        assertThat(XmltvProgrammes.nowAndNext(in, "zzz", Instant.parse("2024-01-01T07:00:00Z"))).isEmpty();
    }
}
