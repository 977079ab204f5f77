package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RenderCommandTest {

    @TempDir
    Path tmp;

    static List<Path> corpusPlaylists() {
        return Corpus.all("m3u");
    }

    @ParameterizedTest
    @MethodSource("corpusPlaylists")
    void everyCorpusPlaylistRendersWithACorpusGuide(Path playlist) {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("render", "--playlist", playlist.toString(),
                "--epg", Corpus.path("xmltv/epg.iptvx.one.xml.gz").toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("lineup.m3u")).exists();
        assertThat(out.resolve("lineup.xml")).exists();
        assertThat(out.resolve("lineup.xml.gz")).exists();
        assertThat(run.out()).contains("channels", "generation 1");
    }

    @Test
    void gzipFlagsChooseTheGuideFiles() {
        Path plain = tmp.resolve("plain");
        Path gz = tmp.resolve("gz");
        String guide = Corpus.path("xmltv/ektotv-example.xml").toString();
        String playlist = Corpus.path("m3u/ektotv-example.m3u8").toString();
        assertThat(CliRun.of("render", "--playlist", playlist, "--epg", guide, "--out", plain.toString(), "--no-gzip", "--name", "tv").code()).isZero();
        assertThat(CliRun.of("render", "--playlist", playlist, "--epg", guide, "--out", gz.toString(), "--gzip", "--name", "tv").code()).isZero();
        assertThat(plain.resolve("tv.xml")).exists();
        assertThat(plain.resolve("tv.xml.gz")).doesNotExist();
        assertThat(gz.resolve("tv.xml.gz")).exists();
        assertThat(gz.resolve("tv.xml")).doesNotExist();
    }

    @Test
    void missingInputIsExitOneNamingTheFile() {
        CliRun run = CliRun.of("render", "--playlist", tmp.resolve("nope.m3u").toString(), "--out", tmp.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.firstErrLine()).contains("nope.m3u").contains("no such file");
    }

    @Test
    void hlsStreamPlaylistIsRefusedWithFileAndLine() throws IOException {
        Path hls = Files.writeString(tmp.resolve("stream.m3u8"),
                "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\nseg1.ts\n");
        CliRun run = CliRun.of("render", "--playlist", hls.toString(), "--out", tmp.resolve("o").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.firstErrLine()).contains("stream.m3u8").contains("line 3");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void truncatedGuideFailsWithFileAndLineAndKeepsThePreviousOutput() throws IOException {
        Path out = tmp.resolve("out");
        String playlist = Corpus.path("m3u/ektotv-example.m3u8").toString();
        Path guide = Corpus.path("xmltv/ektotv-example.xml");
        assertThat(CliRun.of("render", "--playlist", playlist, "--epg", guide.toString(), "--out", out.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("lineup.xml"));

        String text = Files.readString(guide);
        Path cut = Files.writeString(tmp.resolve("cut.xml"), text.substring(0, text.length() * 2 / 3));
        CliRun run = CliRun.of("render", "--playlist", playlist, "--epg", cut.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.firstErrLine()).contains("cut.xml").containsPattern("line \\d+|:\\d+");
        assertThat(Files.readAllBytes(out.resolve("lineup.xml"))).isEqualTo(before);
    }

    @Test
    void truncatedPlaylistFailsNamingTheFileAndKeepsThePreviousOutput() throws IOException {
        Path out = tmp.resolve("out");
        Path playlist = Corpus.path("m3u/ektotv-example.m3u8");
        String guide = Corpus.path("xmltv/ektotv-example.xml").toString();
        assertThat(CliRun.of("render", "--playlist", playlist.toString(), "--epg", guide, "--out", out.toString()).code())
                .isZero();
        byte[] m3uBefore = Files.readAllBytes(out.resolve("lineup.m3u"));
        byte[] guideBefore = Files.readAllBytes(out.resolve("lineup.xml"));

        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(packed)) {
            gz.write(Files.readAllBytes(playlist));
        }
        byte[] whole = packed.toByteArray();
        Path cut = Files.write(tmp.resolve("cut.m3u.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        CliRun run = CliRun.of("render", "--playlist", cut.toString(), "--epg", guide, "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.firstErrLine()).contains("cut.m3u.gz").contains("truncated");
        assertThat(Files.readAllBytes(out.resolve("lineup.m3u"))).isEqualTo(m3uBefore);
        assertThat(Files.readAllBytes(out.resolve("lineup.xml"))).isEqualTo(guideBefore);

        // A plain-text copy that stops inside an entry (after an #EXTINF, before its URL).
        String text = Files.readString(playlist);
        int lastUrl = text.lastIndexOf("\nhttp");
        Path plainCut = Files.writeString(tmp.resolve("cut.m3u8"), text.substring(0, lastUrl + 1));
        run = CliRun.of("render", "--playlist", plainCut.toString(), "--epg", guide, "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.firstErrLine()).contains("cut.m3u8").contains("line ").contains("truncated");
        assertThat(Files.readAllBytes(out.resolve("lineup.m3u"))).isEqualTo(m3uBefore);
        assertThat(Files.readAllBytes(out.resolve("lineup.xml"))).isEqualTo(guideBefore);
    }

    @Test
    void layoutFileIsAppliedAndBrokenLayoutIsExitOne() throws IOException {
        Path playlist = Files.writeString(tmp.resolve("p.m3u"),
                "#EXTM3U\n#EXTINF:-1 tvg-id=\"a.uk\" group-title=\"G\",Alpha\nhttp://h/a\n#EXTINF:-1 tvg-id=\"b.uk\" group-title=\"G\",Beta\nhttp://h/b\n");
        Path layout = Files.writeString(tmp.resolve("l.json"), """
                {"format":"lineup-layout","version":1,"name":"Mine","groups":[
                  {"name":"Top","channels":[{"sourceKey":"tvg:b.uk@g","name":"Beta One","number":7}]}]}
                """);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("render", "--playlist", playlist.toString(), "--layout", layout.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String m3u = Files.readString(out.resolve("lineup.m3u"));
        assertThat(m3u).contains("tvg-chno=\"7\"", "group-title=\"Top\"", ",Beta One").doesNotContain("Alpha");

        Path broken = Files.writeString(tmp.resolve("bad.json"), "{\"version\":1,\n\"name\":\"x\",\n\"groups\":[{]}");
        CliRun bad = CliRun.of("render", "--playlist", playlist.toString(), "--layout", broken.toString(), "--out", out.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.firstErrLine()).contains("bad.json:3");
    }

    @Test
    void urlInputsAreDownloadedAndCredentialsNeverShown() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder()
                    .body(new Buffer().write(Files.readAllBytes(Corpus.path("m3u/base.m3u")))).build());
            server.enqueue(new MockResponse.Builder().code(404).build());
            server.start();
            Path out = tmp.resolve("out");
            String ok = server.url("/get.php?username=alice&password=s3cret&type=m3u_plus").toString();
            CliRun run = CliRun.of("render", "--playlist", ok, "--out", out.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(Files.readString(out.resolve("lineup.m3u"))).contains("#EXTINF");

            String missing = server.url("/get.php?username=alice&password=s3cret").toString();
            CliRun fail = CliRun.of("render", "--playlist", missing, "--out", out.toString());
            assertThat(fail.code()).isEqualTo(1);
            assertThat(fail.firstErrLine()).contains("HTTP 404").doesNotContain("s3cret").doesNotContain("alice");
        }
    }

    @Test
    void missingRequiredOptionIsUsageErrorExitOne() {
        CliRun run = CliRun.of("render", "--out", tmp.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.firstErrLine()).contains("--playlist");
    }
}
