package dev.lineup.m3u;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LF, CRLF and classic Mac CR-only playlists read alike, with the line numbers an editor shows; multi-byte UTF-8
 * characters survive being split between reads.
 */
class M3uLineEndingsTest {
    private static final String PLAYLIST = "#EXTM3U x-tvg-url=\"http://g/1.xml\"\n#EXTINF:-1 tvg-id=\"a\",Alpha\n"
            + "http://h/a\n\n#EXTINF:-1 tvg-id=\"b\" group-title=\"Новости ✓\",Бета Télé\n#EXTVLCOPT:http-user-agent=VLC\n"
            + "http://h/b|User-Agent=x\nnot a url\n#EXTINF:-1,Gamma\nhttp://h/c";

    @TempDir
    Path dir;

    @Test
    void crOnlyPlaylistFileIsReadLikeItsLfTwin() throws IOException {
        Path mac = dir.resolve("mac.m3u");
        Files.writeString(mac, PLAYLIST.replace('\n', '\r'), StandardCharsets.UTF_8);
        Playlists lf = Playlists.read(PLAYLIST);
        Playlists cr = Playlists.read(mac);

        assertThat(cr.entries()).extracting(M3uEntry::name).containsExactly("Alpha", "Бета Télé", "Gamma");
        assertThat(cr.entries()).extracting(M3uEntry::url).containsExactly("http://h/a", "http://h/b", "http://h/c");
        assertThat(cr.entry(1).extraLines()).containsExactly("#EXTVLCOPT:http-user-agent=VLC");
        assertThat(cr.header().guideUrls()).containsExactly("http://g/1.xml");
        assertThat(cr.entries()).isEqualTo(lf.entries());
        assertThat(cr.issues()).extracting(M3uIssue::message)
                .isEqualTo(lf.issues().stream().map(M3uIssue::message).toList());
        assertThat(cr.entries()).extracting(M3uEntry::line).containsExactly(2, 5, 9);
        assertThat(cr.issues()).extracting(M3uIssue::line).containsExactly(8);
    }

    @Test
    void crlfCountsAsOneLineBreakEvenWhenSplitBetweenReads() throws IOException {
        String crlf = PLAYLIST.replace("\n", "\r\n");
        Playlists whole = Playlists.read(crlf);
        Playlists trickled;
        try (M3uReader r = new M3uReader(oneByteAtATime(crlf), "test.m3u")) {
            trickled = Playlists.drain(r);
        }
        assertThat(whole.entries()).extracting(M3uEntry::line).containsExactly(2, 5, 9);
        assertThat(trickled.entries()).isEqualTo(whole.entries());
        assertThat(trickled.issues()).isEqualTo(whole.issues());
        assertThat(trickled.entry(1).name()).isEqualTo("Бета Télé");
        assertThat(trickled.entry(1).groupTitle()).isEqualTo("Новости ✓");
    }

    @Test
    void mixedEndingsAndATrailingCrEndTheirLines() throws IOException {
        String mixed = "#EXTM3U\r#EXTINF:-1,One\r\nhttp://h/1\n#EXTINF:-1,Two\rhttp://h/2\r";
        try (M3uReader r = new M3uReader(oneByteAtATime(mixed), "test.m3u")) {
            Playlists p = Playlists.drain(r);
            assertThat(p.entries()).extracting(M3uEntry::name).containsExactly("One", "Two");
            assertThat(p.entries()).extracting(M3uEntry::url).containsExactly("http://h/1", "http://h/2");
            assertThat(p.entries()).extracting(M3uEntry::line).containsExactly(2, 4);
            assertThat(p.issues()).isEmpty();
        }
    }

    /** A stream that hands out one byte per read, so every line break falls at the end of a buffer fill. */
    private static InputStream oneByteAtATime(String text) {
        return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }
}
