package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    /** ASCII, Latin, Cyrillic, CJK, a character beyond U+FFFF (a surrogate pair) and a lone surrogate. */
    private static final String[] PIECES = {"a", "&amp;", "\n  ", "é", "Канал", "中文", "😀", "x\uD800y", "\uDC00"};

    @Test
    void writesTheBytesOfAnOutputStreamWriterWhereverTheCallsAndItsBufferAreCut() throws IOException {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(round < 250 ? 200 : 40_000); // the last rounds pass the 64 KB buffer
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            char[] chars = text.toString().toCharArray();
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            ByteArrayOutputStream jdks = new ByteArrayOutputStream();
            Writer reference = new OutputStreamWriter(jdks, StandardCharsets.UTF_8);
            try (Utf8Writer w = new Utf8Writer(ours)) {
                for (int at = 0; at < chars.length; ) {
                    int n = Math.min(chars.length - at, random.nextInt(5_000)); // a pair may be cut between calls
                    w.write(chars, at, n);
                    reference.write(chars, at, n);
                    at += n;
                }
            }
            reference.close();
            assertThat(ours.toByteArray()).as("round %d", round).isEqualTo(jdks.toByteArray());
        }
    }

    @Test
    void copiedBytesComeOutInTheirPlaceBetweenCharacters() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] programme = "<programme channel=\"Канал\">\n  </programme>".getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[100_000];
        java.util.Arrays.fill(big, (byte) 'z');
        try (Utf8Writer w = new Utf8Writer(out)) {
            w.write("\n  ");
            w.write(programme, 0, programme.length);
            w.write("é");
            w.write(big, 0, big.length);
            w.write("end");
        }
        String expected = "\n  " + new String(programme, StandardCharsets.UTF_8) + "é" + "z".repeat(100_000) + "end";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
