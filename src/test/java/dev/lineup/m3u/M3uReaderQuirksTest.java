package dev.lineup.m3u;

import static dev.lineup.m3u.Playlists.a;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways real playlists deviate from the format, each read the way a player would read it. */
class M3uReaderQuirksTest {
    @TempDir
    Path dir;

    @Test
    void bomAndCrlfAreInvisible() throws IOException {
        Playlists p = Playlists.read("\uFEFF#EXTM3U url-tvg=\"http://g/1.xml\"\r\n#EXTINF:-1 tvg-id=\"a\",A\r\nhttp://h/a\r\n");
        assertThat(p.header().guideUrls()).containsExactly("http://g/1.xml");
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("A");
            assertThat(e.url()).isEqualTo("http://h/a");
        });
    }

    @Test
    void missingExtm3uGivesAnEmptyHeaderAndKeepsTheFirstEntry() throws IOException {
        Playlists p = Playlists.read("#EXTINF:-1,First\nhttp://h/1\n");
        assertThat(p.header().attributes()).isEmpty();
        assertThat(p.entries()).extracting(M3uEntry::name).containsExactly("First");
    }

    @Test
    void singleQuotedUnquotedAndSpacedOutAttributesAreRead() throws IOException {
        Playlists p = Playlists.read("#EXTM3U\n#EXTINF: -1 tvg-id='it' tvg-chno=7 group-title = \"News, World\""
                + " radio tvg-name='Say \"hi\"',  The Name  \nhttp://h/x\n");
        assertThat(p.entry(0).attributes()).containsExactly(a("tvg-id", "it"), a("tvg-chno", "7"),
                a("group-title", "News, World"), a("radio", ""), a("tvg-name", "Say \"hi\""));
        assertThat(p.entry(0).name()).isEqualTo("The Name");
    }

    @Test
    void headerKeepsShiftCatchupAndEveryGuideOfACommaList() throws IOException {
        Playlists p = Playlists.read("#EXTM3U x-tvg-url=\"http://g/a.xml.gz, http://g/b.xml\" url-tvg=http://g/c.xml,"
                + "http://g/a.xml.gz tvg-shift=\"-1.5\" catchup=\"append\" catchup-days=\"7\""
                + " catchup-source=\"?utc={utc}&lutc={lutc}\"\n#EXTINF:-1,A\nhttp://h/a\n");
        assertThat(p.header().guideUrls()).containsExactly("http://g/a.xml.gz", "http://g/b.xml", "http://g/c.xml");
        assertThat(p.header().attr("tvg-shift")).isEqualTo("-1.5");
        assertThat(p.header().attr("catchup")).isEqualTo("append");
        assertThat(p.header().attr("catchup-days")).isEqualTo("7");
        assertThat(p.header().attr("catchup-source")).isEqualTo("?utc={utc}&lutc={lutc}");
    }

    @Test
    void entryAttributesKeepKnownAndUnknownKeysInOrder() throws IOException {
        Playlists p = Playlists.read("#EXTM3U\n#EXTINF:-1 zz=\"1\" tvg-chno=\"101\" tvg-shift=\"2\" catchup=\"default\""
                + " catchup-days=\"5\" catchup-source=\"http://c/{utc}\" tvg-rec=\"1\" aa=\"2\" tvg-id=\"x.uk\",X\nhttp://h/x\n");
        assertThat(p.entry(0).attributes()).extracting(M3uAttribute::key).containsExactly("zz", "tvg-chno",
                "tvg-shift", "catchup", "catchup-days", "catchup-source", "tvg-rec", "aa", "tvg-id");
        assertThat(p.entry(0).attr("catchup-source")).isEqualTo("http://c/{utc}");
    }

    @Test
    void forgottenColonAfterExtinfStillStartsAnEntry() throws IOException {
        Playlists p = Playlists.read("#EXTINF -1 tvg-id=\"a\",A\nhttp://h/a\n#EXTINFO:x\nhttp://h/b\n");
        assertThat(p.entry(0).tvgId()).isEqualTo("a");
        assertThat(p.entry(0).name()).isEqualTo("A");
        assertThat(p.entry(1).duration()).as("#EXTINFO is another tag, not an #EXTINF").isNull();
        assertThat(p.entry(1).extraLines()).containsExactly("#EXTINFO:x");
    }

    @Test
    void forgottenCommaMakesTheTrailingWordsTheName() throws IOException {
        Playlists p = Playlists.read("#EXTINF:-1 tvg-id=\"bbc1\" BBC One HD\nhttp://h/bbc1\n");
        assertThat(p.entry(0).attributes()).containsExactly(a("tvg-id", "bbc1"));
        assertThat(p.entry(0).name()).isEqualTo("BBC One HD");
    }

    @Test
    void lowercaseTagsBlankLinesAndJunkCommentsBetweenExtinfAndUrl() throws IOException {
        Playlists p = Playlists.read("#EXTM3U\n\n#extinf:-1,A\n\n# a comment\n#-----\n\n#EXTVLCOPT:network-caching=1000\n"
                + "   \n\thttp://h/a\n");
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.extraLines()).containsExactly("#EXTVLCOPT:network-caching=1000");
            assertThat(e.url()).isEqualTo("http://h/a");
        });
        assertThat(p.issues()).isEmpty();
    }

    @Test
    void extinfWithoutUrlIsReportedWithItsLineAndTheNextEntryKept() throws IOException {
        Playlists p = Playlists.read("#EXTM3U\n#EXTINF:-1,Lost\n#EXTVLCOPT:x=1\n#EXTINF:-1,Kept\nhttp://h/kept\n");
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Kept");
            assertThat(e.extraLines()).as("the lost entry's options do not leak").isEmpty();
        });
        assertThat(p.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("without a URL").contains("line 4").contains("skipped");
            assertThat(i.toString()).startsWith("test.m3u, line 2: ");
        });
    }

    @Test
    void garbageWhereTheUrlBelongsIsReportedWithoutEchoingIt() throws IOException {
        Playlists p = Playlists.read("#EXTINF:-1,A\n=====secret-token-123=====\n#EXTINF:-1,B\nhttp://h/b with space\n"
                + "#EXTINF:-1,C\nhttp://h/c\n");
        assertThat(p.entries()).extracting(M3uEntry::name).containsExactly("C");
        // in the order of the lines; the URL with a space is said once, at its line, as what it is
        assertThat(p.issues()).extracting(M3uIssue::line).containsExactly(1, 2, 4);
        assertThat(p.issues().get(2).message()).contains("line 3").contains("contains a space").contains("%20")
                .contains("entry skipped");
        assertThat(p.issues()).allSatisfy(i -> assertThat(i.message()).doesNotContain("secret").doesNotContain("h/b"));
    }

    @Test
    void relativePathsLocalPathsWithSpacesAndBareUrlsAreEntries() throws IOException {
        Playlists p = Playlists.read("#EXTINF:-1,Rel\nvideos/a.ts\n#EXTINF:-1,Local\n/media/My Videos/b.mp4\n"
                + "#EXTVLCOPT:http-referrer=http://r/\nrtmp://live.example/app/c\njust some words\n");
        assertThat(p.entries()).extracting(M3uEntry::url)
                .containsExactly("videos/a.ts", "/media/My Videos/b.mp4", "rtmp://live.example/app/c");
        M3uEntry bare = p.entry(2);
        assertThat(bare.duration()).isNull();
        assertThat(bare.name()).isEmpty();
        assertThat(bare.extraLines()).containsExactly("#EXTVLCOPT:http-referrer=http://r/");
        assertThat(p.issues()).extracting(M3uIssue::line).containsExactly(7);
    }

    @Test
    void hlsMediaPlaylistIsRefusedNamingFileAndLine() {
        String hls = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\nseg1.ts\n";
        assertThatThrownBy(() -> Playlists.read(hls)).isInstanceOf(M3uFormatException.class)
                .hasMessageContaining("test.m3u, line 3").hasMessageContaining("HLS stream playlist")
                .hasMessageContaining("not a channel list")
                .satisfies(e -> assertThat(((M3uFormatException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> Playlists.read("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:1042\n#EXTINF:6,\ns.ts\n"))
                .isInstanceOf(M3uFormatException.class).hasMessageContaining("line 2");
    }

    @Test
    void anHtmlErrorPageIsRefused() {
        assertThatThrownBy(() -> Playlists.read("<!DOCTYPE html>\n<html><body>401 Unauthorized</body></html>\n"))
                .isInstanceOf(M3uFormatException.class).hasMessageContaining("line 1").hasMessageContaining("HTML");
    }

    @Test
    void playlistCutInsideAnEntryIsAClearErrorNamingTheLine() {
        assertThatThrownBy(() -> Playlists.read("#EXTM3U\n#EXTINF:-1,A\nhttp://h/a\n#EXTINF:-1 tvg-id=\"b\" tvg-name=\"B"))
                .isInstanceOf(M3uFormatException.class).hasMessageContaining("line 4")
                .hasMessageContaining("truncated").hasMessageContaining("expected the channel's URL");
    }

    @Test
    void gzipIsRecognisedByMagicBytesWhateverTheName() throws IOException {
        Path file = dir.resolve("playlist.m3u");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("\uFEFF#EXTM3U\n#EXTINF:-1 tvg-id=\"é\",Télé\nhttp://h/t\n".getBytes(StandardCharsets.UTF_8));
        }
        Playlists p = Playlists.read(file);
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.tvgId()).isEqualTo("é");
            assertThat(e.name()).isEqualTo("Télé");
        });
    }

    @Test
    void truncatedGzipIsAClearErrorNamingTheFile() throws IOException {
        StringBuilder sb = new StringBuilder("#EXTM3U\n");
        for (int i = 0; i < 2000; i++) {
            sb.append("#EXTINF:-1 tvg-id=\"c").append(i).append("\",Channel ").append(i).append("\nhttp://h/").append(i * 7919).append('\n');
        }
        Path full = dir.resolve("full.m3u.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(full);
        Path cut = dir.resolve("cut.m3u.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Playlists.read(cut)).isInstanceOf(M3uFormatException.class)
                .hasMessageContaining(cut.toString()).hasMessageContaining("truncated");
    }

    @Test
    void aSecondExtm3uOfConcatenatedPlaylistsIsIgnored() throws IOException {
        Playlists p = Playlists.read("#EXTM3U url-tvg=\"http://g/1\"\n#EXTINF:-1,A\nhttp://h/a\n#EXTM3U url-tvg=\"http://g/2\"\n"
                + "#EXTINF:-1,B\nhttp://h/b\n");
        assertThat(p.entries()).extracting(M3uEntry::name).containsExactly("A", "B");
        assertThat(p.header().guideUrls()).containsExactly("http://g/1");
        assertThat(p.issues()).isEmpty();
    }

    @Test
    void aSecondExtgrpIsKeptAsAnExtraLine() throws IOException {
        Playlists p = Playlists.read("#EXTINF:-1,A\n#EXTGRP:One\n#EXTGRP:Two\nhttp://h/a\n");
        assertThat(p.entry(0).group()).isEqualTo("One");
        assertThat(p.entry(0).extraLines()).containsExactly("#EXTGRP:Two");
    }

    @Test
    void nextKeepsReturningNullAfterTheEnd() throws IOException {
        byte[] playlist = "#EXTINF:-1,A\nhttp://h/a".getBytes(StandardCharsets.UTF_8);
        try (M3uReader r = new M3uReader(new java.io.ByteArrayInputStream(playlist), "t")) {
            assertThat(r.next().url()).isEqualTo("http://h/a");
            assertThat(r.next()).isNull();
            assertThat(r.next()).isNull();
            assertThat(r.issues()).isEmpty();
        }
    }

    @Test
    void garbageFloodKeepsABoundedIssueList() throws IOException {
        String junk = "=====\n".repeat(IssueLog.MAX_KEPT + 500);
        Playlists p = Playlists.read(junk + "#EXTINF:-1,A\nhttp://h/a\n");
        assertThat(p.entries()).hasSize(1);
        assertThat(p.issues()).hasSize(IssueLog.MAX_KEPT + 1);
        assertThat(p.issues().get(IssueLog.MAX_KEPT).message()).startsWith("500 more issues");
    }

    @Test
    void linesLongerThanTheBufferAreReadWhole() throws IOException {
        String logo = "data:image/png;base64," + "A".repeat(300_000);
        Playlists p = Playlists.read("#EXTINF:-1 tvg-logo=\"" + logo + "\",Big\nhttp://h/big\n");
        assertThat(p.entry(0).tvgLogo()).isEqualTo(logo);
        assertThat(p.entry(0).name()).isEqualTo("Big");
    }
}
