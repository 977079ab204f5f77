package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.task.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kept programmes copied as bytes ({@link VerbatimProgramme}, {@link VerbatimCopies}) write exactly what parsing
 * and writing them wrote: the same output, the same counts, the same error at the same line and column.
 */
class VerbatimCopyTest {
    private static final String CANONICAL = """
              <programme start="20260101000000 +0000" stop="20260101010000 +0000" channel="a">
                <title lang="en">News &amp; weather &lt;live&gt; — Новости 📺</title>
                <desc>Line one
            line two, "quoted" 'single'</desc>
                <credits>
                  <actor role="Self">Ann</actor>
                  <presenter>Bo</presenter>
                </credits>
                <category lang="en">news</category>
                <icon src="https://x.example/a.png?x=1&amp;y=&quot;2&quot;"/>
                <episode-num system="xmltv_ns">1.2.</episode-num>
                <new/>
                <star-rating>
                  <value>3/5</value>
                </star-rating>
              </programme>""";

    @TempDir
    Path dir;

    @Test
    void aProgrammeInTheWritersOwnFormIsVerbatimAndEndsAtItsEndTag() {
        byte[] b = CANONICAL.strip().getBytes(StandardCharsets.UTF_8);
        VerbatimProgramme v = new VerbatimProgramme();

        assertThat(v.scan(b, 0, b.length)).isEqualTo(b.length);
        assertThat(v.channel()).isEqualTo("a");
        assertThat(v.start()).isEqualTo("20260101000000 +0000");
        assertThat(v.stop()).isEqualTo("20260101010000 +0000");
        assertThat(v.scan(b, 0, b.length - 5)).isEqualTo(VerbatimProgramme.NEED_MORE);
    }

    /** Each variant differs from the writer's own form in one way: the writer would change it, so it is parsed. */
    static Stream<String> variants() {
        return Stream.of(
                CANONICAL.replace("<desc>Line", "<sub-title>s</sub-title>\n    <desc>Line")
                        .replace("<title lang=\"en\">", "<title lang=\"en\" >"),
                CANONICAL.replace("<new/>", "<new />"),
                CANONICAL.replace("<new/>", "<new></new>"),
                CANONICAL.replace("lang=\"en\">news", "lang='en'>news"),
                CANONICAL.replace("role=\"Self\"", "role=\"Se\tlf\""),
                CANONICAL.replace("'single'", "&apos;single&apos;"),
                CANONICAL.replace("Ann", "Ann&#233;"),
                CANONICAL.replace("Ann", "Ann > Bo"),
                CANONICAL.replace("Ann", "<![CDATA[Ann]]>"),
                CANONICAL.replace("<presenter>", "<!-- c --><presenter>"),
                CANONICAL.replace("    <title", "\t<title"),
                CANONICAL.replace("    <category", "   <category"),
                CANONICAL.replace("    <title lang=\"en\">News", "    <desc>first</desc>\n    <title lang=\"en\">News"),
                CANONICAL.replace("<category lang=\"en\">news</category>", "<series-desc>s</series-desc>"),
                CANONICAL.replace("20260101000000 +0000\" stop", "20260101000000\" stop"),
                CANONICAL.replace("20260101010000 +0000", "20251231000000 +0000"),
                CANONICAL.replace(" stop=\"20260101010000 +0000\"", ""),
                CANONICAL.replace(" start=\"20260101000000 +0000\"", ""),
                CANONICAL.replace("20260101010000 +0000", "20261301010000 +0000"),
                CANONICAL.replace("channel=\"a\"", "channel=\"a\" pdc-start=\"20260101000000 +0000\""),
                CANONICAL.replace("channel=\"a\"", "channel=\"a\" vps-start=\"20260101000000 BST\""),
                CANONICAL.replace("channel=\"a\"", "channel=\"a\" channel=\"b\""),
                CANONICAL.replace("<title lang=\"en\">", "<title xml:lang=\"en\">"),
                CANONICAL.replace("<presenter>Bo</presenter>", "<presenter>Bo</presenter> tail"),
                CANONICAL.replace("<value>3/5</value>", "<value>  </value>"),
                CANONICAL.replace("<value>3/5</value>", "<value>\n      </value>"),
                CANONICAL.replace("Ann", "Ann\u0085\u2028"),
                CANONICAL.replace("Ann", "Ann\uFFFE"),
                CANONICAL.replace("Ann", "Ann\u0001"),
                CANONICAL.replace("</title>", "</title>\n    <title>unclosed"),
                CANONICAL.replace("<icon src", "<icon src=\"\" src"),
                CANONICAL.replace("\n  </programme>", "</programme>"),
                CANONICAL.replace("<star-rating>", "<star-rating><star-rating>"),
                CANONICAL.replace("channel=\"a\"", "channel=\"a&amp;b\""),
                CANONICAL);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void aVariantIsWrittenAsParsingWroteIt(String programme) throws IOException {
        String other = CANONICAL.replace("channel=\"a\"", "channel=\"b\"");
        String guide = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n  <channel id=\"a\">\n    <display-name>A"
                + "</display-name>\n  </channel>\n" + other + "\n" + programme + "\n" + CANONICAL + "\n" + other
                + "\n</tv>\n";
        assertSameBothWays(guide);
        assertSameBothWays(guide.replace("\n", "\r\n"));
        assertSameBothWays(guide.replace("<tv>", "<!DOCTYPE tv [<!ATTLIST title lang CDATA \"xx\">]>\n<tv>"));
        assertSameBothWays(guide.replace("version=\"1.0\"", "version=\"1.1\""));
        assertSameBothWays(guide.replace("\n</tv>", "\n  <programme start=\"x\" channel=\"a\">\n    <bad</tv>"));
        assertSameBothWays(guide.replace("\n</tv>\n", "\n"));
    }

    @Test
    void renamedShiftedDuplicatedAndWindowedChannelsAreWrittenAsParsingWroteThem() throws IOException {
        String guide = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n" + CANONICAL + "\n"
                + CANONICAL.replace("channel=\"a\"", "channel=\"b\"") + "\n"
                + CANONICAL.replace("channel=\"a\"", "channel=\"c\"").replace("20260101", "20260301") + "\n</tv>\n";
        Path file = Guides.write(dir, "g.xml", guide);
        List<GuideFilter> filters = List.of(
                GuideFilter.builder().keep("a").keep("b").keep("c").build(),
                GuideFilter.builder().keep("a").rename("b", "b2").build(),
                GuideFilter.builder().rename("a", "a").rename("a", "a2").keep("c").build(),
                GuideFilter.builder().keep("a").keep("b").shift("b", 1.5).build(),
                GuideFilter.builder().keep("a").keep("c").window(Instant.parse("2026-03-01T12:00:00Z"), 2, 2).build());
        for (GuideFilter f : filters) {
            assertThat(run(f, true, file)).isEqualTo(run(f, false, file));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.lineup.xmltv.XmltvCorpusTest#corpus")
    void everyCorpusGuideFilteredToHalfItsChannelsIsWrittenAsParsingWroteIt(Path file) throws IOException {
        Set<String> channels = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<programme[^>]*channel=\"([^\"&]*)\"").matcher(text(file));
        while (m.find()) {
            channels.add(m.group(1));
        }
        GuideFilter.Builder b = GuideFilter.builder();
        int i = 0;
        for (String id : channels) {
            if (i++ % 2 == 0) {
                b.keep(id);
            }
        }
        GuideFilter half = b.build();
        assertThat(run(half, true, file)).isEqualTo(run(half, false, file));
    }

    @Test
    void aGeneratedGuideIsCopiedAndWritesTheSameBytes() throws IOException {
        StringBuilder g = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n");
        for (int i = 0; i < 3000; i++) {
            g.append(CANONICAL.replace("channel=\"a\"", "channel=\"c" + i % 7 + "\"")
                    .replace("Ann", "Ann " + i)).append('\n');
        }
        Path file = Guides.write(dir, "big.xml", g.append("</tv>\n").toString());
        GuideFilter f = GuideFilter.builder().keep("c1").keep("c4").build();

        String copied = run(f, true, file);
        assertThat(copied).isEqualTo(run(f, false, file)).contains("Ann 2997");
        byte[] b = CANONICAL.strip().replace("channel=\"a\"", "channel=\"c1\"").getBytes(StandardCharsets.UTF_8);
        VerbatimCopies copies = new VerbatimCopies(p -> ProgrammeWriter.writesUnchanged(f, p));
        assertThat(copies.end(b, 0, b.length)).as("the generated programmes are copied").isEqualTo(b.length);
    }

    @Test
    void anErrorRightAfterARunOfProgrammesTakenOutNamesTheFilesLineAndColumn() throws IOException {
        String other = CANONICAL.replace("channel=\"a\"", "channel=\"b\"");
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n  <channel id=\"a\">\n    <display-name>A"
                + "</display-name>\n  </channel>\n";
        // the run ends with a copied programme: the parser's position after its stand-in is the file's, column too
        String endsCopied = head + CANONICAL + "\n" + other + "\n" + CANONICAL + "<x></y>\n</tv>\n";
        XmltvFormatException asParsed = failure(GuideFilter.builder().keep("a").keep("b").build(), false, endsCopied);
        XmltvFormatException copied = failure(GuideFilter.builder().keep("a").build(), true, endsCopied);
        assertThat(copied.line()).isEqualTo(asParsed.line()).isEqualTo(lineOf(endsCopied, "</y>"));
        assertThat(copied.column()).isEqualTo(asParsed.column());
        // it ends with a dropped programme: the line is the file's
        String endsDropped = head + CANONICAL + "\n" + other + "\n" + other + "\n  <x></y>\n</tv>\n";
        assertThat(failure(GuideFilter.builder().keep("a").build(), true, endsDropped).line())
                .isEqualTo(lineOf(endsDropped, "</y>"));
    }

    private XmltvFormatException failure(GuideFilter filter, boolean copies, String guide) throws IOException {
        Path file = Guides.write(dir, "run.xml", guide);
        try {
            XmltvFilter.run(List.of(file), filter, DummyProgrammes.none(), new ByteArrayOutputStream(), Progress.NONE,
                    copies);
        } catch (XmltvFormatException e) {
            return e;
        }
        throw new AssertionError("no error reported");
    }

    private static int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }

    private void assertSameBothWays(String guide) throws IOException {
        Path file = Guides.write(dir, "v.xml", guide);
        GuideFilter keepA = GuideFilter.builder().keep("a").build();
        assertThat(run(keepA, true, file)).isEqualTo(run(keepA, false, file));
    }

    /** The output and counts, or the error, of filtering {@code file}. */
    private static String run(GuideFilter filter, boolean copies, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            FilterStats s = XmltvFilter.run(List.of(file), filter, DummyProgrammes.none(), out, Progress.NONE, copies);
            return s + "\n" + out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String text(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (file.toString().endsWith(".gz")) {
            try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                b = in.readAllBytes();
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
