package dev.lineup.m3u;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link M3uReader#copyNext} writes the very bytes that decoding each entry and writing it again writes: the
 * fast path of {@code lineup render} must not change a single output byte, whatever the input's quirks.
 */
class M3uCopyTest {

    private static final String[] QUIRKS = {
        "#EXTINF:-1,First\nhttp://h/1\n",
        "\uFEFF#EXTM3U\r\n#EXTINF:-1 tvg-id=\"a\",A\r\nhttp://h/a\r\n",
        "#EXTM3U\n#EXTINF: -1 tvg-id='it' tvg-chno=7 group-title = \"News, World\" ,  Name, with comma  \nhttp://h/1\n",
        "#EXTINF:-1 tvg-name='Say \"hi\"' x=a\"b'c y=\"it's\",Quotes\nhttp://h/q\n",
        "#EXTINF -1 tvg-id=\"a\",A\nhttp://h/a\n#EXTINF:5.5 tvg-id=b,B\nhttp://h/b\n#EXTINF:abc,C\nhttp://h/c\n",
        "#EXTINF:-1 tvg-id=\"bbc1\" BBC One HD\nhttp://h/bbc1\n#EXTINF:-1 flag tvg-id=\"x\" more words\nhttp://h/x\n",
        "#EXTINF:,Empty duration\nhttp://h/e\n#EXTINF:\nhttp://h/nothing\n#EXTINF:-1 tvg-logo=\"unterminated,Name\nhttp://h/u\n",
        "#EXTM3U\n\n#extinf:-1,A\n\n# a comment\n#-----\n\n#EXTVLCOPT:network-caching=1000\n#KODIPROP:k=v\nhttp://h/a|User-Agent=x\n",
        "#EXTM3U\n#EXTINF:-1,Lost\n#EXTGRP:Lost group\n#EXTVLCOPT:x=1\n#EXTINF:-1,Kept\nhttp://h/kept\n",
        "#EXTGRP:  Before \n#EXTINF:-1,A\n#EXTGRP:Two\nhttp://h/a\nrtmp://bare/url\n#EXTGRP:G\nhttp://bare/grouped\n",
        "#EXTINF:-1,A\n=====secret=====\n#EXTINF:-1,B\nhttp://h/b with space\n#EXTINF:-1,C\n/media/My Videos/c.mp4\n",
        "#EXTINF:-1 tvg-ID=\"Upper\" TVG-NAME=\"N\",Case\nhttp://h/c\n#EXTINF:-1 tvg-ıd=\"dotless\",D\nhttp://h/d\n",
        "#EXTINF:-1 tvg-id=\"ünï\" group-title=\"Télé ★\",Nöws 𝄞 ★\nhttp://h/ü?x=1\n",
        "#EXTM3U\r#EXTINF:-1,Mac\rhttp://h/mac\r",
        "#EXTINF:-1 ==\"x\" = a=\"\" b= c,Odd equals\nhttp://h/o\n#EXTINF:-1,Last without break\nhttp://h/last",
        // extra tag lines, kept as bytes by the copy: before the #EXTINF, lower case, look-alikes, a second group
        "#EXTVLCOPT:before=1\n#EXTINF:-1,A\n#extvlcopt:http-user-agent=Ünï ★\n#EXTINFX:1\n#EXTINF_NOT:x\nhttp://h/a\n"
                + "#EXTINF:-1,B\n#EXTGRP:One\n#EXTGRP:Two\n#EXT-X-KEY:METHOD=NONE\n#TAG\n#KODIPROP:k=v  \nhttp://h/b\n",
    };

    @Test
    void everyQuirkCopiesToTheBytesTheTextPathWrites() throws IOException {
        for (String playlist : QUIRKS) {
            assertSameOutput(playlist.getBytes(StandardCharsets.UTF_8), playlist);
        }
    }

    @Test
    void malformedUtf8BecomesTheSameReplacementCharactersAsDecoding() throws IOException {
        byte[] head = "#EXTINF:-1 tvg-name=\"".getBytes(StandardCharsets.US_ASCII);
        byte[][] bad = {{(byte) 0xC3}, {(byte) 0xE2, (byte) 0x98}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED,
            (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0x80, 'x'}, {(byte) 0xF0, (byte) 0x9D, (byte) 0x84}};
        for (byte[] b : bad) {
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            in.write(head);
            in.write(b);
            in.write("\",Name".getBytes(StandardCharsets.US_ASCII));
            in.write(b);
            in.write("\n#EXTVLCOPT:x=".getBytes(StandardCharsets.US_ASCII));
            in.write(b);
            in.write("\nhttp://h/".getBytes(StandardCharsets.US_ASCII));
            in.write(b);
            in.write('\n');
            assertSameOutput(in.toByteArray(), "malformed " + java.util.Arrays.toString(b));
        }
    }

    @Test
    void aLongLineKeepsItsMalformedStartAcrossRefillsOfTheBuffer() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write("#EXTINF:-1 tvg-name=\"".getBytes(StandardCharsets.US_ASCII));
        in.write(0xC3); // a lead byte without its continuation, before the line's first refill
        in.write("\" tvg-logo=\"http://h/".getBytes(StandardCharsets.US_ASCII));
        in.write("a".repeat(200_000).getBytes(StandardCharsets.US_ASCII)); // past the 64 KB buffer
        in.write("\",Name\nhttp://h/x\n".getBytes(StandardCharsets.US_ASCII));
        assertSameOutput(in.toByteArray(), "a 200 KB line starting malformed");
    }

    @Test
    void everyCorpusPlaylistCopiesToTheBytesTheTextPathWrites() throws IOException {
        List<Path> files = new ArrayList<>(Corpus.all("m3u"));
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertSameOutput(Files.readAllBytes(f), f.toString());
        }
    }

    @Test
    void aTagThatOnlyLooksLikeExtinfPassesThroughBothPaths() throws IOException {
        // it used to be read as an extra line and then refused by the writer: "internal error" from render
        String p = "#EXTINF:-1,A\n#EXTINFO:x\n#extinfx\nhttp://h/a\n";
        assertSameOutput(p.getBytes(StandardCharsets.UTF_8), p);
        assertThat(new String(viaCopy(p.getBytes(StandardCharsets.UTF_8)).bytes, StandardCharsets.UTF_8))
                .isEqualTo("#EXTM3U\n#EXTINF:-1,A\n#EXTINFO:x\nhttp://h/a\n");
    }

    @Test
    void aReaderEitherDecodesOrCopies() throws IOException {
        byte[] p = "#EXTINF:-1,A\nhttp://h/a\n#EXTINF:-1,B\nhttp://h/b\n".getBytes(StandardCharsets.UTF_8);
        try (M3uReader r = reader(p)) {
            r.next();
            assertThatThrownBy(() -> r.copyNext(new M3uWriter(new ByteArrayOutputStream()), false))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private static void assertSameOutput(byte[] playlist, String what) throws IOException {
        Result text = viaText(playlist);
        Result copy = viaCopy(playlist);
        assertThat(new String(copy.bytes, StandardCharsets.UTF_8)).as(what)
                .isEqualTo(new String(text.bytes, StandardCharsets.UTF_8));
        assertThat(copy.bytes).as(what).isEqualTo(text.bytes);
        assertThat(copy.identities).as(what).isEqualTo(text.identities);
        assertThat(copy.issues).as(what).isEqualTo(text.issues);
    }

    private record Result(byte[] bytes, List<String> identities, List<M3uIssue> issues) {
    }

    private static Result viaText(byte[] playlist) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> ids = new ArrayList<>();
        try (M3uReader r = reader(playlist); M3uWriter w = new M3uWriter(out)) {
            w.writeHeader(r.header());
            for (M3uEntry e; (e = r.next()) != null; ) {
                w.write(e);
                ids.add(e.tvgId() + " / " + e.name());
            }
            w.flush();
            return new Result(out.toByteArray(), ids, r.issues());
        }
    }

    private static Result viaCopy(byte[] playlist) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> ids = new ArrayList<>();
        try (M3uReader r = reader(playlist); M3uWriter w = new M3uWriter(out)) {
            w.writeHeader(r.header());
            while (r.copyNext(w, true)) {
                ids.add(r.copiedTvgId() + " / " + r.copiedName());
            }
            w.flush();
            return new Result(out.toByteArray(), ids, r.issues());
        }
    }

    private static M3uReader reader(byte[] playlist) {
        return new M3uReader(new ByteArrayInputStream(playlist), "test.m3u");
    }
}
