package dev.lineup.xmltv;

import static dev.lineup.xmltv.Guides.guide;
import static dev.lineup.xmltv.Guides.programme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Guides of older grabbers and other packagings: read whole, written as tv_validate_file wants them. */
class EveryGuideTheDtdAllowsTest {
    @TempDir
    Path dir;

    @Test
    void namedZonesAndShortDatesAreKeptAndWrittenInFullWithTheirOffset() throws Exception {
        Path in = Guides.write(dir, "old.xml", guide(List.of("bbc1"),
                programme("bbc1", "20010829000500 BST", "200108290100 bst", "Late news"),
                programme("bbc1", "2001082901 GMT", "20010830", "Hour and day"),
                programme("bbc1", "20010829120000 EST", "20010829130000 EDT", "New York noon")));
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), in);

        assertThat(r.stats().programmesKept()).isEqualTo(3);
        assertThat(r.stats().programmesDropped()).isZero();
        assertThat(r.programmeTags()).containsExactly(
                "<programme start=\"20010829000500 +0100\" stop=\"20010829010000 +0100\" channel=\"bbc1\">",
                "<programme start=\"20010829010000 +0000\" stop=\"20010830000000 +0000\" channel=\"bbc1\">",
                "<programme start=\"20010829120000 -0500\" stop=\"20010829130000 -0400\" channel=\"bbc1\">");
    }

    @Test
    void aShiftMovesANamedZoneTimeByExactlyTheShift() throws Exception {
        Path in = Guides.write(dir, "old.xml", guide(List.of("abc"),
                programme("abc", "20240115200000 AEDT", "202401152130 AEDT", "Evening")));
        Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().shift("abc", -1.5).build(), in);
        // 20:00 AEDT is 09:00Z; an hour and a half earlier is 07:30Z, i.e. 18:30 +1100
        assertThat(r.programmeTags()).containsExactly(
                "<programme start=\"20240115183000 +1100\" stop=\"20240115200000 +1100\" channel=\"abc\">");
    }

    @Test
    void programmesWithoutChannelElementsGetAChannelNamedAsThePlaylistNamesIt() throws Exception {
        Path in = Guides.write(dir, "bare.xml", guide(List.of(),
                programme("one.example", "20240101060000 +0000", "20240101070000 +0000", "A"),
                programme("two.example", "20240101060000 +0000", "20240101070000 +0000", "B"),
                programme("gone.example", "20240101060000 +0000", "20240101070000 +0000", "C")));
        GuideFilter f = GuideFilter.builder().keep("one.example").fallbackName("one.example", "One HD")
                .rename("two.example", "two").displayName("two", "Two").keep("never.example").build();
        Guides.Result r = Guides.filter(f, in);

        assertThat(r.all("<channel id=\"[^\"]*\">\\s*<display-name>[^<]*")).map(s -> s.replaceAll("\\s+", " "))
                .containsExactly("<channel id=\"one.example\"> <display-name>One HD",
                        "<channel id=\"two\"> <display-name>Two");
        assertThat(r.xml().lastIndexOf("</channel>")).isLessThan(r.xml().indexOf("<programme"));
        assertThat(r.stats().channels()).isEqualTo(2);
        assertThat(r.stats().programmesKept()).isEqualTo(2);
    }

    @Test
    void aRefreshListsChannelsThatOnlyHaveProgrammesAfterTheDescribedOnes() throws Exception {
        Path in = Guides.write(dir, "half.xml", guide(List.of("described.example"),
                programme("described.example", "20240101060000 +0000", "20240101070000 +0000", "A"),
                programme("bare.example", "20240101060000 BST", "20240101070000 BST", "B"),
                programme("bare.example", "20240101070000 BST", "20240101080000 BST", "C")));
        assertThat(XmltvChannels.readComplete(in)).extracting(GuideChannel::id)
                .containsExactly("described.example", "bare.example");
        assertThat(XmltvChannels.readComplete(in).get(1).displayNames()).isEmpty();
        assertThat(XmltvChannels.read(in)).extracting(GuideChannel::id).containsExactly("described.example");
    }

    @Test
    void aChannelTheGuideDescribesKeepsItsOwnNamesAndIsWrittenOnce() throws Exception {
        Path in = Guides.write(dir, "g.xml", guide(List.of("one.example"),
                programme("one.example", "20240101060000 +0000", "20240101070000 +0000", "A")));
        Guides.Result r = Guides.filter(GuideFilter.builder().keep("one.example")
                .fallbackName("one.example", "Playlist name").build(), in);
        assertThat(r.all("<channel ")).hasSize(1);
        assertThat(r.xml()).contains("<display-name>one.example</display-name>").doesNotContain("Playlist name");
    }

    @Test
    void xzAndZipGuidesAreReadByTheirMagicBytesWhateverTheirName() throws Exception {
        String xml = guide(List.of("a"), programme("a", "20240101060000 +0000", "20240101070000 +0000", "Packed"));
        Path xz = dir.resolve("guide.dat");
        try (OutputStream out = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options(1))) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        Path zip = zip("guide.bin", "readme.txt", "not a guide", "tv/first.XML", xml, "second.xml",
                guide(List.of("b"), programme("b", "20240101060000 +0000", "20240101070000 +0000", "Other")));

        for (Path packed : List.of(xz, zip)) {
            Guides.Result r = Guides.filter(GuideFilter.builder().keepAll().build(), packed);
            assertThat(r.xml()).as(packed.toString()).contains("<title>Packed</title>").doesNotContain("Other");
            assertThat(r.stats().programmesKept()).isEqualTo(1);
        }
    }

    @Test
    void aZipWithoutAGuideIsAnErrorNamingTheArchiveAndWhatItHolds() throws Exception {
        Path zip = zip("guide.zip", "readme.txt", "hello", "logo.png", "png");
        assertThatThrownBy(() -> Guides.filter(GuideFilter.builder().keepAll().build(), zip))
                .isInstanceOf(XmltvFormatException.class)
                .hasMessageContaining(zip.toString())
                .hasMessageContaining("holds no guide")
                .hasMessageContaining("readme.txt, logo.png");
    }

    @Test
    void aCutOffXzGuideIsAnErrorNamingTheFile() throws Exception {
        String xml = guide(List.of("a"), programme("a", "20240101060000 +0000", "20240101070000 +0000", "x"));
        Path xz = dir.resolve("cut.xml.xz");
        try (OutputStream out = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options(1))) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = Files.readAllBytes(xz);
        Files.write(xz, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> Guides.filter(GuideFilter.builder().keepAll().build(), xz))
                .isInstanceOf(XmltvFormatException.class)
                .hasMessageContaining(xz.toString());
    }

    private Path zip(String name, String... entries) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return p;
    }
}
