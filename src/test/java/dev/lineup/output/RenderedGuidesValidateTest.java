package dev.lineup.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.CliRun;
import dev.lineup.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * {@code lineup render} turns every guide the XMLTV DTD allows into one that the XMLTV project's
 * {@code tv_validate_file} and the DTD accept, with every programme at the same instant as in the input.
 */
class RenderedGuidesValidateTest {
    private static final Pattern PROGRAMME = Pattern.compile("<programme\\b[^>]*>");
    private static final Pattern CHANNEL_ID = Pattern.compile("<channel\\s[^>]*\\bid=\"([^\"]*)\"");
    private static final DateTimeFormatter CANONICAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss Z");

    @TempDir
    Path dir;

    static List<Path> corpusGuides() {
        return Corpus.all("xmltv");
    }

    @ParameterizedTest
    @MethodSource("corpusGuides")
    void everyCorpusGuideRendersToAGuideTheXmltvToolsAccept(Path guide) throws Exception {
        String input = read(guide);
        Map<String, String> names = new LinkedHashMap<>();
        attributes(CHANNEL_ID, input).forEach(id -> names.put(id, "Channel " + id));
        programmes(input).forEach(p -> names.putIfAbsent(p.get("channel"), "Channel " + p.get("channel")));
        Path out = render(playlist(names), guide);

        assertValid(out, false);
        assertThat(startsByChannel(read(out))).isEqualTo(startsByChannel(input));
    }

    @Test
    void anOlderGrabbersGuideWithNamedZonesShortDatesAndMissingChannelsValidates() throws Exception {
        Path guide = write("old-grabber.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tv generator-info-name="tv_grab_uk_old">
                  <channel id="bbc1.bbc.co.uk"><display-name>BBC One</display-name></channel>
                  <programme start="20010829000500 BST" stop="200108290100 BST" channel="bbc1.bbc.co.uk"><title>News</title></programme>
                  <programme start="2001082901 gmt" stop="20010830" channel="bbc1.bbc.co.uk"><title>Night</title></programme>
                  <programme start="20010829120000 EST" stop="20010829130000 EDT" channel="wnbc.nbc.com"><title>Noon</title></programme>
                  <programme start="20240115200000 AEDT" stop="202401152130 aedt" channel="abc.net.au"><title>Evening</title></programme>
                </tv>
                """);
        Path out = render(playlist(Map.of("bbc1.bbc.co.uk", "BBC 1", "wnbc.nbc.com", "NBC 4 New York",
                "abc.net.au", "ABC TV")), guide);

        assertValid(out, true);
        String xml = read(out);
        assertThat(attributes(Pattern.compile("<programme start=\"([^\"]*\" stop=\"[^\"]*)\""), xml)).containsExactly(
                "20010829000500 +0100\" stop=\"20010829010000 +0100",
                "20010829010000 +0000\" stop=\"20010830000000 +0000",
                "20010829120000 -0500\" stop=\"20010829130000 -0400",
                "20240115200000 +1100\" stop=\"20240115213000 +1100");
        assertThat(xml).contains("<display-name>BBC One</display-name>", "<display-name>NBC 4 New York</display-name>",
                "<display-name>ABC TV</display-name>");
    }

    @Test
    void aGuideWithoutChannelElementsValidatesPlainXzAndZipped() throws Exception {
        String bare = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tv>
                  <programme start="20261206200000 +0100" stop="20261206210000 +0100" channel="one.example.com"><title>First</title></programme>
                  <programme start="20261206200000 CET" stop="20261206203000 CET" channel="two.example.com"><title>Second</title></programme>
                  <programme start="20261206200000 +0100" stop="20261206210000 +0100" channel="other.example.com"><title>Not in the playlist</title></programme>
                </tv>
                """;
        Path plain = write("bare.xml", bare);
        Path xz = dir.resolve("bare-guide.xz");
        try (OutputStream o = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options(1))) {
            o.write(bare.getBytes(StandardCharsets.UTF_8));
        }
        Path zip = dir.resolve("bare-guide.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("README.txt"));
            z.write("guide below".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("guide/bare.xml"));
            z.write(bare.getBytes(StandardCharsets.UTF_8));
        }
        Path playlist = playlist(Map.of("one.example.com", "One HD", "two.example.com", "Two"));

        for (Path guide : List.of(plain, xz, zip)) {
            Path out = render(playlist, guide);
            assertValid(out, true);
            String xml = read(out);
            assertThat(attributes(CHANNEL_ID, xml)).as(guide.toString())
                    .containsExactlyInAnyOrder("one.example.com", "two.example.com");
            assertThat(xml).contains("<display-name>One HD</display-name>", "<display-name>Two</display-name>")
                    .doesNotContain("Not in the playlist");
            assertThat(xml.lastIndexOf("</channel>")).isLessThan(xml.indexOf("<programme"));
            assertThat(attributes(Pattern.compile("<programme start=\"([^\"]*)\""), xml))
                    .containsExactly("20261206200000 +0100", "20261206200000 +0100");
        }
    }

    @Test
    void aLayoutOverAGuideWithoutChannelElementsOutputsAValidGuide() throws Exception {
        Path guide = write("bare-source.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tv>
                  <programme start="20261206200000 BST" stop="202612062100 BST" channel="one.example.com"><title>First</title></programme>
                  <programme start="20261206200000 CET" stop="20261206203000 CET" channel="two.example.com"><title>Second</title></programme>
                </tv>
                """);
        Path playlist = write("p.m3u", "#EXTM3U\n#EXTINF:-1 tvg-id=\"one.example.com\" group-title=\"News\",One HD\n"
                + "http://127.0.0.1:9/1\n#EXTINF:-1 tvg-id=\"two.example.com\" group-title=\"News\",Two\n"
                + "http://127.0.0.1:9/2\n");
        String data = dir.resolve("data").toString();
        Path out = dir.resolve("layout-out");
        for (String[] args : List.of(new String[] {"init", "--name", "T"},
                new String[] {"source", "add", "m3u", "P", "--url", playlist.toString()},
                new String[] {"source", "add", "epg", "G", "--url", guide.toString()},
                new String[] {"source", "refresh"}, new String[] {"layout", "create", "L", "--from-source", "P"},
                new String[] {"output", "L", "--to", out.toString()})) {
            List<String> all = new ArrayList<>(List.of("--data-dir", data));
            all.addAll(List.of(args));
            CliRun run = CliRun.of(all.toArray(String[]::new));
            assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
        }
        Path xml = out.resolve("l.xml");
        assertValid(xml, true);
        assertThat(read(xml)).contains("<display-name>One HD</display-name>", "<display-name>Two</display-name>",
                "start=\"20261206200000 +0100\" stop=\"20261206210000 +0100\"");
    }

    @Test
    void aZipWithSeveralGuidesSaysOnceWhichOneIsRead() throws Exception {
        Path zip = dir.resolve("two-guides.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a/today.xml", "b/tomorrow.xml")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(("<tv><programme start=\"20261206200000 +0000\" channel=\"one.example.com\"><title>"
                        + name + "</title></programme></tv>").getBytes(StandardCharsets.UTF_8));
            }
        }
        Path out = dir.resolve("out-two");
        CliRun run = CliRun.process(Map.of(), "render", "--playlist",
                playlist(Map.of("one.example.com", "One")).toString(), "--epg", zip.toString(),
                "--out", out.toString(), "--no-gzip");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().split("reading the first, 'a/today.xml'", -1)).as(run.err()).hasSize(2);
        assertThat(read(out.resolve("lineup.xml"))).contains("a/today.xml").doesNotContain("b/tomorrow.xml");
    }

    private void assertValid(Path guide, boolean strictly) throws Exception {
        try (InputStream in = Files.newInputStream(guide)) {
            GuideDtd.validate(in);
        }
        TvValidateFile.Verdict v = TvValidateFile.check(guide);
        if (strictly) {
            assertThat(v.output().strip()).as("tv_validate_file " + guide).isEqualTo("Validated ok.");
            assertThat(v.code()).isZero();
        } else {
            assertThat(v.problemsOtherThanTheInputsIds()).as("tv_validate_file " + guide + ":\n" + v.output()).isEmpty();
        }
    }

    private Path render(Path playlist, Path guide) {
        Path out = dir.resolve("out-" + guide.getFileName());
        CliRun run = CliRun.of("render", "--playlist", playlist.toString(), "--epg", guide.toString(),
                "--out", out.toString(), "--no-gzip");
        assertThat(run.code()).as(run.err()).isZero();
        return out.resolve("lineup.xml");
    }

    private Path playlist(Map<String, String> names) throws IOException {
        StringBuilder m3u = new StringBuilder("#EXTM3U\n");
        int n = 0;
        for (Map.Entry<String, String> e : names.entrySet()) {
            m3u.append("#EXTINF:-1 tvg-id=\"").append(e.getKey()).append("\",").append(e.getValue())
                    .append("\nhttp://127.0.0.1:9/stream/").append(n++).append('\n');
        }
        return write("playlist-" + names.size() + "-" + System.nanoTime() + ".m3u", m3u.toString());
    }

    /** channel → the instants its programmes start, in order; programmes that end before they start are none. */
    private static Map<String, List<java.time.Instant>> startsByChannel(String xml) {
        Map<String, List<java.time.Instant>> starts = new LinkedHashMap<>();
        for (Map<String, String> p : programmes(xml)) {
            var start = OffsetDateTime.parse(p.get("start"), CANONICAL).toInstant();
            String stop = p.get("stop");
            if (stop == null || !OffsetDateTime.parse(stop, CANONICAL).toInstant().isBefore(start)) {
                starts.computeIfAbsent(p.get("channel"), k -> new ArrayList<>()).add(start);
            }
        }
        return starts;
    }

    private static List<Map<String, String>> programmes(String xml) {
        List<Map<String, String>> all = new ArrayList<>();
        Matcher tag = PROGRAMME.matcher(xml);
        while (tag.find()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher a = Pattern.compile("([\\w-]+)=\"([^\"]*)\"").matcher(tag.group());
            while (a.find()) {
                attrs.put(a.group(1), a.group(2));
            }
            all.add(attrs);
        }
        return all;
    }

    private static List<String> attributes(Pattern p, String xml) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] bytes = raw.readAllBytes();
            boolean gz = bytes.length > 1 && bytes[0] == 0x1f && bytes[1] == (byte) 0x8b;
            return new String(gz ? new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes() : bytes,
                    StandardCharsets.UTF_8);
        }
    }
}
