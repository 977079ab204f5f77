package dev.lineup.xmltv;

import static dev.lineup.xmltv.Guides.guide;
import static dev.lineup.xmltv.Guides.programme;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShiftAndWindowTest {
    @TempDir
    Path dir;

    @Test
    void fractionalShiftPerOutputChannelKeepsEachProgrammesOffset() throws Exception {
        Path in = Guides.write(dir, "g.xml", guide(List.of("ny", "msk"),
                programme("ny", "20240101060000 -0400", "20240101070000 -0400", "Morning NY"),
                programme("msk", "20240101060000 +0300", "20240101070000 +0300", "Morning Moscow")));
        GuideFilter f = GuideFilter.builder().keepAll().shift("ny", -1.5).shift("msk", 2).build();

        List<String> tags = Guides.filter(f, in).programmeTags();

        assertThat(tags).containsExactly(
                "<programme start=\"20240101043000 -0400\" stop=\"20240101053000 -0400\" channel=\"ny\">",
                "<programme start=\"20240101080000 +0300\" stop=\"20240101090000 +0300\" channel=\"msk\">");
    }

    @Test
    void shiftAppliesOnlyToTheRenamedCopyItWasGivenFor() throws Exception {
        Path in = Guides.write(dir, "g.xml", guide(List.of("bbc1"),
                programme("bbc1", "20241027003000 +0100", "20241027013000 +0100", "News")));
        GuideFilter f = GuideFilter.builder().rename("bbc1", "bbc1").rename("bbc1", "bbc1+1")
                .shift("bbc1+1", 1).build();

        List<String> tags = Guides.filter(f, in).programmeTags();

        assertThat(tags).containsExactly(
                "<programme start=\"20241027003000 +0100\" stop=\"20241027013000 +0100\" channel=\"bbc1\">",
                "<programme start=\"20241027013000 +0100\" stop=\"20241027023000 +0100\" channel=\"bbc1+1\">");
    }

    @Test
    void acrossTheLondonClockChangeStopBeforeStartIsJudgedInAbsoluteTime() throws Exception {
        // 27 Oct 2024: 01:30 BST (+0100) is 00:30Z and 01:00 GMT (+0000) is 01:00Z; the local digits go
        // backwards but the programme runs forward for 30 minutes, so it is kept. The second one runs
        // from 01:30Z to 00:30Z, a genuine stop before start, and is dropped.
        Path in = Guides.write(dir, "g.xml", guide(List.of("bbc1"),
                programme("bbc1", "20241027013000 +0100", "20241027010000 +0000", "Across the change"),
                programme("bbc1", "20241027013000 +0000", "20241027013000 +0100", "Backwards")));

        Guides.Result r = Guides.filter(GuideFilter.builder().keep("bbc1").build(), in);

        assertThat(r.xml()).contains("Across the change").doesNotContain("Backwards");
        assertThat(r.stats().programmesKept()).isEqualTo(1);
        assertThat(r.stats().programmesDropped()).isEqualTo(1);
    }

    @Test
    void dayWindowIsJudgedInAbsoluteTimeWhateverTheOffset() throws Exception {
        Instant now = Instant.parse("2024-06-10T12:00:00Z");
        // window: [2024-06-09T12:00Z, 2024-06-12T12:00Z) with 1 day back, 2 ahead
        Path in = Guides.write(dir, "g.xml", guide(List.of("a"),
                // ends 2024-06-09T11:30Z: before the window
                programme("a", "20240609100000 -0030", "20240609110000 -0030", "Too old"),
                // ends 2024-06-09T12:30Z (14:30 +0200): overlaps the window start
                programme("a", "20240609133000 +0200", "20240609143000 +0200", "Just in"),
                // starts 2024-06-12T11:59Z (08:59 -0300): inside
                programme("a", "20240612085900 -0300", "20240612100000 -0300", "Last in"),
                // starts 2024-06-12T12:00Z (15:00 +0300): at the window end, excluded
                programme("a", "20240612150000 +0300", "20240612160000 +0300", "Too new")));
        GuideFilter f = GuideFilter.builder().keepAll().window(now, 1, 2).build();

        Guides.Result r = Guides.filter(f, in);

        assertThat(r.all("<title>[^<]*</title>")).containsExactly("<title>Just in</title>", "<title>Last in</title>");
        assertThat(r.stats().programmesDropped()).isEqualTo(2);
    }

    @Test
    void dayWindowEdgeFallsInsideTheRepeatedHourOfTheLondonClockChange() throws Exception {
        // window [2024-10-26T01:00Z, 2024-10-27T01:00Z); on the 27th London repeats 01:00-02:00 local time
        Instant now = Instant.parse("2024-10-26T01:00:00Z");
        Path in = Guides.write(dir, "g.xml", guide(List.of("bbc1"),
                programme("bbc1", "20241027013000 +0100", "20241027015900 +0100", "First 01:30 (BST)"),
                programme("bbc1", "20241027010000 +0000", "20241027013000 +0000", "01:00 again (GMT)"),
                // a -0400 guide for the same instant as the window edge minus a minute: 20:59 the day before
                programme("ny", "20241026205900 -0400", "20241026210000 -0400", "New York edge")));
        GuideFilter f = GuideFilter.builder().keepAll().window(now, 0, 1).build();

        assertThat(Guides.filter(f, in).all("<title>[^<]*</title>"))
                .containsExactly("<title>First 01:30 (BST)</title>", "<title>New York edge</title>");
    }

    @Test
    void dayWindowLooksAtShiftedTimes() throws Exception {
        Instant now = Instant.parse("2024-06-10T12:00:00Z");
        Path in = Guides.write(dir, "g.xml", guide(List.of("a"),
                programme("a", "20240612130000 +0000", "20240612140000 +0000", "Tomorrow after")));
        GuideFilter inside = GuideFilter.builder().keepAll().shift("a", -2).window(now, 0, 2).build();
        GuideFilter outside = GuideFilter.builder().keepAll().window(now, 0, 2).build();

        assertThat(Guides.filter(inside, in).xml()).contains("start=\"20240612110000 +0000\"");
        assertThat(Guides.filter(outside, in).stats().programmesKept()).isZero();
    }

    @Test
    void programmeWithoutStopIsKeptAndShifted() throws Exception {
        Path in = Guides.write(dir, "g.xml", guide(List.of("a"),
                "<programme start=\"202401010600 +0000\" channel=\"a\"><title>Open end</title></programme>"));
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().shift("a", 0.25).build(), in);
        assertThat(r.programmeTags()).containsExactly("<programme start=\"20240101061500 +0000\" channel=\"a\">");
    }

    @Test
    void unreadableStartDropsTheProgrammeButNotTheRun() throws Exception {
        Path in = Guides.write(dir, "g.xml", guide(List.of("a"),
                programme("a", "soon", "20240101070000 +0000", "Broken"),
                programme("a", "20240101070000 +0000", "20240101080000 +0000", "Fine")));
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), in);
        assertThat(r.xml()).contains("Fine").doesNotContain("Broken");
        assertThat(r.stats().programmesDropped()).isEqualTo(1);
    }
}
