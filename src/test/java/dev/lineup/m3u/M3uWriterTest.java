package dev.lineup.m3u;

import static dev.lineup.m3u.Playlists.a;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.testing.Corpus;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Read → write → read gives the same playlist; what the writer emits stays one entry per EXTINF. */
class M3uWriterTest {

    static String write(M3uHeader header, List<M3uEntry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (M3uWriter w = new M3uWriter(bytes)) {
            w.writeHeader(header);
            for (M3uEntry e : entries) {
                w.write(e);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertRoundTrip(Playlists original) throws IOException {
        String text = write(original.header(), original.entries());
        Playlists again = Playlists.read(text);
        assertThat(again.header()).isEqualTo(original.header());
        assertThat(Playlists.withoutLines(again.entries())).isEqualTo(Playlists.withoutLines(original.entries()));
        assertThat(again.issues()).isEmpty();
        assertThat(write(again.header(), again.entries())).as("writing is stable").isEqualTo(text);
    }

    @Test
    void everyCorpusFileRoundTrips() throws IOException {
        for (Path f : Corpus.all("m3u")) {
            Playlists p = Playlists.read(f);
            assertThat(p.entries()).as(f.toString()).isNotEmpty();
            assertRoundTrip(p);
        }
    }

    @Test
    void writesTheLayoutPlayersExpect() throws IOException {
        M3uEntry e = new M3uEntry(9, "-1", List.of(a("tvg-id", "bbc1.uk"), a("group-title", "UK")), "BBC One, HD",
                "UK", List.of("#EXTVLCOPT:http-user-agent=VLC", "#KODIPROP:inputstream=inputstream.adaptive"),
                "http://h/bbc1", "User-Agent=Kodi");
        String text = write(new M3uHeader(List.of(a("x-tvg-url", "http://g/a.xml,http://g/b.xml"))), List.of(e));
        assertThat(text).isEqualTo("#EXTM3U x-tvg-url=\"http://g/a.xml,http://g/b.xml\"\n"
                + "#EXTINF:-1 tvg-id=\"bbc1.uk\" group-title=\"UK\",BBC One, HD\n#EXTGRP:UK\n"
                + "#EXTVLCOPT:http-user-agent=VLC\n#KODIPROP:inputstream=inputstream.adaptive\n"
                + "http://h/bbc1|User-Agent=Kodi\n");
    }

    @Test
    void valuesWithQuotesAreQuotedSoTheyReadBack() throws IOException {
        M3uEntry e = entry(List.of(a("tvg-name", "Say \"hi\""), a("note", "it's"), a("both", "\"it's\""),
                a("empty", "")), "Name");
        String text = write(M3uHeader.EMPTY, List.of(e));
        assertThat(text).contains("tvg-name='Say \"hi\"'").contains("note=\"it's\"").contains("empty=\"\"");
        M3uEntry back = Playlists.read(text).entry(0);
        assertThat(back.attributes()).containsExactly(a("tvg-name", "Say \"hi\""), a("note", "it's"),
                a("both", "'it's'"), a("empty", ""));
    }

    @Test
    void lineBreaksInsideValuesNeverReachTheFile() throws IOException {
        M3uEntry e = new M3uEntry(1, "-1", List.of(a("tvg-name", "two\nlines"), a("x", "cr\r\nlf")), "Evil\nhttp://x/y",
                "G\rroup", List.of("#EXTVLCOPT:a=1\nhttp://z"), "http://h/a", "Referer=r\n");
        String text = write(M3uHeader.EMPTY, List.of(e));
        assertThat(text.split("\n", -1)).hasSize(6); // #EXTM3U, #EXTINF, #EXTGRP, #EXTVLCOPT, url, ""
        Playlists back = Playlists.read(text);
        assertThat(back.entries()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Evil http://x/y");
            assertThat(b.attr("tvg-name")).isEqualTo("two lines");
            assertThat(b.attr("x")).isEqualTo("cr lf");
            assertThat(b.group()).isEqualTo("G roup");
            assertThat(b.url()).isEqualTo("http://h/a");
        });
    }

    @Test
    void textIsUtf8WhereverTheFirstNonAsciiCharacterOrLineBreakIs() throws IOException {
        String[] names = {"Télé 1", "Ärzte\r\nTV", "𝄞 music ★", "ascii then \r\n then ü", "lone \uD834 surrogate",
            "x\n", "\u00ff\u0100\u07ff\u0800\uffff", ""};
        for (String name : names) {
            M3uEntry e = new M3uEntry(1, "-1", List.of(a("tvg-name", name), a("k€y", name + "\"")), name, null, List.of(),
                    "http://h/" + name.replaceAll("\\s", ""), null);
            String clean = name.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
            String expected = "#EXTM3U\n#EXTINF:-1 tvg-name=\"" + clean + "\" k€y='" + clean + "\"'," + clean + "\n"
                    + "http://h/" + name.replaceAll("\\s", "") + "\n";
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (M3uWriter w = new M3uWriter(bytes)) {
                w.writeHeader(M3uHeader.EMPTY);
                w.write(e);
            }
            assertThat(bytes.toByteArray()).as(name).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void entriesThatCannotBeWrittenFaithfullyAreRefused() {
        assertThatThrownBy(() -> write(M3uHeader.EMPTY, List.of(entry(List.of(a("bad key", "v")), "N"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad key");
        M3uEntry urlAsExtra = new M3uEntry(3, "-1", List.of(), "N", null, List.of("http://h/other"), "http://h/a", null);
        assertThatThrownBy(() -> write(M3uHeader.EMPTY, List.of(urlAsExtra)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
        for (String extinf : List.of("#EXTINF:-1,x", "#extinf", "#EXTINF -1,x")) {
            M3uEntry extinfAsExtra = new M3uEntry(5, "-1", List.of(), "N", null, List.of(extinf), "http://h/a", null);
            assertThatThrownBy(() -> write(M3uHeader.EMPTY, List.of(extinfAsExtra))).as(extinf)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 5");
        }
        M3uEntry noUrl = new M3uEntry(4, "-1", List.of(), "N", null, List.of(), " ", null);
        assertThatThrownBy(() -> write(M3uHeader.EMPTY, List.of(noUrl))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedEntryLeavesNothingHalfWritten() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (M3uWriter w = new M3uWriter(bytes)) {
            w.write(entry(List.of(a("tvg-id", "a")), "A"));
            M3uEntry bad = new M3uEntry(5, "-1", List.of(a("tvg-id", "b")), "B", null, List.of("not a tag"), "http://h/b", null);
            assertThatThrownBy(() -> w.write(bad)).isInstanceOf(IllegalArgumentException.class);
            w.write(entry(List.of(a("tvg-id", "c")), "C"));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("#EXTM3U\n#EXTINF:-1 tvg-id=\"a\",A\nhttp://h/a\n"
                + "#EXTINF:-1 tvg-id=\"c\",C\nhttp://h/a\n");
    }

    @Test
    void aDurationThatIsNotANumberIsWrittenAsMinusOne() throws IOException {
        M3uEntry e = new M3uEntry(1, "1, x=\"y\"", List.of(), "N", null, List.of(), "http://h/a", null);
        assertThat(write(M3uHeader.EMPTY, List.of(e))).contains("#EXTINF:-1,N\n");
        assertThat(Playlists.read(write(M3uHeader.EMPTY, List.of(e))).entry(0).name()).isEqualTo("N");
    }

    @Test
    void aBareUrlEntryStaysBare() throws IOException {
        M3uEntry bare = new M3uEntry(2, null, List.of(), "", null, List.of("#EXTVLCOPT:x=1"), "rtsp://cam/1", null);
        String text = write(M3uHeader.EMPTY, List.of(bare));
        assertThat(text).isEqualTo("#EXTM3U\n#EXTVLCOPT:x=1\nrtsp://cam/1\n");
        assertThat(Playlists.withoutLines(Playlists.read(text).entries())).isEqualTo(Playlists.withoutLines(List.of(bare)));
    }

    @Test
    void generatedEdgeCasesRoundTrip() throws IOException {
        Random rnd = new Random(20261122L);
        String[] nameParts = {"Sky", "Sports", "1", ",", "HD", "(FR)", "★", "Ünï", "=>", "a,b", "'q'", "\"dq\"", "|", "#"};
        String[] values = {"", "plain", "with space", "comma,inside", "single'quote", "double\"quote", "émoji 📺",
            "http://logo/x.png?a=1&b=2", "=eq=", "#hash", "|pipe|", " lead", "trail "};
        String[] keys = {"tvg-id", "tvg-name", "tvg-logo", "group-title", "tvg-chno", "tvg-shift", "catchup",
            "catchup-days", "catchup-source", "tvg-rec", "x-custom", "tvg-ID", "'odd'", "k\"q"};
        String[] durations = {"-1", "0", "300", "10.5"};
        List<M3uEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            List<M3uAttribute> attrs = new ArrayList<>();
            for (int k = rnd.nextInt(7); k > 0; k--) {
                attrs.add(a(keys[rnd.nextInt(keys.length)], values[rnd.nextInt(values.length)]));
            }
            StringBuilder name = new StringBuilder();
            for (int k = rnd.nextInt(5); k > 0; k--) {
                name.append(nameParts[rnd.nextInt(nameParts.length)]).append(rnd.nextBoolean() ? " " : "");
            }
            List<String> extras = new ArrayList<>();
            if (rnd.nextInt(4) == 0) {
                extras.add("#EXTVLCOPT:http-user-agent=Mozilla/5.0 (X11; \"quoted\")");
            }
            if (rnd.nextInt(6) == 0) {
                extras.add("#KODIPROP:inputstream.adaptive.license_key=https://l/?a=1|Content-Type=x");
            }
            String group = rnd.nextInt(3) == 0 ? values[rnd.nextInt(values.length)].trim() : null;
            String suffix = rnd.nextInt(5) == 0 ? "User-Agent=VLC/3.0 (Linux)&Referer=http://r/" : null;
            boolean bare = rnd.nextInt(50) == 0;
            entries.add(new M3uEntry(0, bare ? null : durations[rnd.nextInt(durations.length)], bare ? List.of() : attrs,
                    bare ? "" : name.toString().trim(), group, extras, "http://p.example:8080/live/u/p/" + i + ".ts",
                    suffix));
        }
        M3uHeader header = new M3uHeader(List.of(a("url-tvg", "http://g/a.xml.gz,http://g/b.xml"),
                a("tvg-shift", "-2.5"), a("catchup", "shift")));
        Playlists original = new Playlists(header, entries, List.of());
        assertRoundTrip(original);
    }

    private static M3uEntry entry(List<M3uAttribute> attrs, String name) {
        return new M3uEntry(1, "-1", attrs, name, null, List.of(), "http://h/a", null);
    }
}
