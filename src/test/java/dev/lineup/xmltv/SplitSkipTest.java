package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.task.Progress;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big plain guide is skipped by two threads ({@link SplitSkip}); the same guide gzipped is skipped by one (a
 * compressed file cannot be split). Both must write the same output, count the same programmes and report an error
 * at the same line: whatever the split, the user gets what one skip gives.
 */
class SplitSkipTest {
    /** A programme the writer copies as it stands (canonical times, one attribute per line). */
    private static final String PROGRAMME = """
              <programme start="20260101%02d0000 +0000" stop="20260101%02d3000 +0000" channel="c%d">
                <title lang="en">Programme %d — Новости</title>
                <desc lang="en">%s</desc>
              </programme>
            """;
    private static final String TEXT = "news and weather, film and football; ".repeat(12);

    @TempDir
    Path dir;

    @Test
    void aGuideSplitInTwoWritesWhatOneSkipWrites() throws IOException {
        Path plain = guide("plain.xml", "", "");

        assertThat(splitUsed(plain)).as("the second skip's work is used").isTrue();
        assertSameAsOneSkip(plain);
    }

    @Test
    void aProgrammeTagInsideACommentAtTheMiddleIsNoPlaceToSplit() throws IOException {
        // a comment over the middle of the file, holding lines that look like programmes
        StringBuilder comment = new StringBuilder("  <!-- programmes taken off the air:\n");
        for (int i = 0; i < 3_000; i++) {
            comment.append(PROGRAMME.formatted(i % 24, i % 24, 3, i, "x").replace("-->", ""));
        }
        Path plain = guide("comment.xml", comment.append("  -->\n").toString(), "");

        assertThat(splitUsed(plain)).as("the first skip reads on to the end").isFalse();
        assertSameAsOneSkip(plain);
    }

    @Test
    void anErrorInTheSecondHalfNamesTheSameLineAsOneSkip() throws IOException {
        String broken = "  <programme start=\"20260101000000 +0000\" channel=\"c1\">\n    <title>x</titel>\n";
        Path plain = guide("broken.xml", "", broken);

        String split = filter(plain);
        assertThat(split).contains("XmltvFormatException").isEqualTo(filter(gzipped(plain)));
        int line = (int) Files.readString(plain).substring(0, Files.readString(plain).indexOf("</titel>")).chars()
                .filter(c -> c == '\n').count() + 1;
        assertThat(split).contains(":" + line + ":");
    }

    private static boolean splitUsed(Path plain) throws IOException {
        try (SplitSkip split = SplitSkip.open(plain, null, id -> id.equals("c1"), null)) {
            assertThat(split).as("the guide is one to split").isNotNull();
            split.transferTo(OutputStream.nullOutputStream());
            return split.usedSecondSkip();
        }
    }

    private void assertSameAsOneSkip(Path plain) throws IOException {
        String split = filter(plain);
        assertThat(split).startsWith("FilterStats").contains("Programme 39999");
        assertThat(split).isEqualTo(filter(gzipped(plain)));
    }

    /** What filtering keeps of channels c1 and c4 (of seven): its counts and output, or its error. */
    private static String filter(Path file) throws IOException {
        GuideFilter keep = GuideFilter.builder().keep("c1").keep("c4").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            FilterStats s = XmltvFilter.run(List.of(file), keep, out, Progress.NONE);
            return s + "\n" + out.toString(StandardCharsets.UTF_8);
        } catch (XmltvFormatException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage().replace(file.getFileName().toString(), "GUIDE");
        }
    }

    /** A guide of 40,000 programmes of seven channels, interleaved, just over {@link SplitSkip#MIN_BYTES}. */
    private Path guide(String name, String atMiddle, String nearEnd) throws IOException {
        Path file = dir.resolve(name);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n");
            for (int c = 0; c < 7; c++) {
                w.write("  <channel id=\"c" + c + "\">\n    <display-name>C" + c + "</display-name>\n  </channel>\n");
            }
            int programmes = 40_000;
            String desc = TEXT.repeat(2);
            for (int i = 0; i < programmes; i++) {
                if (i == programmes / 2) {
                    w.write(atMiddle);
                }
                if (i == programmes - 5) {
                    w.write(nearEnd);
                }
                w.write(PROGRAMME.formatted(i % 24, i % 24, i % 7, i, desc));
            }
            w.write("</tv>\n");
        }
        assertThat(Files.size(file)).isGreaterThan(SplitSkip.MIN_BYTES);
        return file;
    }

    private Path gzipped(Path plain) throws IOException {
        Path gz = dir.resolve(plain.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            Files.copy(plain, out);
        }
        return gz;
    }
}
