package dev.lineup.xmltv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineBreakScannerTest {
    private static final byte[] ALPHABET = {'a', '\t', '<', '\n', '\r', ' ', (byte) 0xD0, (byte) 0x9A};
    // a tab: a control character that is no line break (the scan looks closer at words holding one)
    /** Text with the bytes that matter to the end of a programme: '<' before '/', '!' or a name. */
    private static final byte[] TAGS = {'a', '<', '/', '!', '\n', '\r', '\t', (byte) 0xD0};

    @Test
    void countsLineBreaksLikeAReaderWouldWhereverTheBlocksAreCut() {
        Random random = new Random(17);
        for (int round = 0; round < 2_000; round++) {
            byte[] text = new byte[random.nextInt(200)];
            int weight = 1 + random.nextInt(8); // from line breaks everywhere to almost none
            for (int i = 0; i < text.length; i++) {
                text[i] = random.nextInt(weight) == 0 ? ALPHABET[2 + random.nextInt(3)] : ALPHABET[random.nextInt(8)];
            }
            LineBreakScanner scanner = new LineBreakScanner();
            for (int pos = 0; pos < text.length; ) {
                int to = Math.min(text.length, pos + 1 + random.nextInt(40)); // a buffer's worth at a time
                scanner.count(text, pos, to);
                pos = to;
            }
            assertEquals(expectedLineBreaks(text), scanner.lineBreaks(), "round " + round);
        }
    }

    @Test
    void stopsOnlyAtEndTagsCommentsAndWhereTheBufferIsTooShortToTellAndCountsTheSameLineBreaks() {
        Random random = new Random(18);
        for (int round = 0; round < 2_000; round++) {
            byte[] text = new byte[random.nextInt(300)];
            int weight = 1 + random.nextInt(8);
            for (int i = 0; i < text.length; i++) {
                text[i] = random.nextInt(weight) == 0 ? TAGS[1 + random.nextInt(5)] : TAGS[random.nextInt(8)];
            }
            int room = 2 + random.nextInt(11); // at least the byte after the '<'
            LineBreakScanner scanner = new LineBreakScanner();
            int pos = 0;
            int stops = 0;
            while (pos < text.length) {
                int to = Math.min(text.length, pos + 1 + random.nextInt(60));
                int lt = scanner.toEndOrComment(text, pos, to, room);
                assertEquals(expectedEndOrComment(text, pos, to, room), lt, "round " + round);
                if (lt >= 0) {
                    stops++;
                    pos = lt + 1;
                } else {
                    pos = to;
                }
            }
            assertEquals(expectedLineBreaks(text), scanner.lineBreaks(), "round " + round);
            assertEquals(true, stops <= count(text, '<'), "round " + round);
        }
    }

    @Test
    void countsWindowsAndClassicMacLineBreaksOnceEach() {
        byte[] text = "a\r\nb\rc\n\r\n\r\rdefghijklmnopq\r\n\r\nrstuvwxy\r".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        LineBreakScanner scanner = new LineBreakScanner();
        scanner.count(text, 0, 8);
        scanner.count(text, 8, text.length);
        assertEquals(9, scanner.lineBreaks());
    }

    private static int expectedEndOrComment(byte[] b, int from, int to, int room) {
        for (int i = from; i < to; i++) {
            if (b[i] == '<' && (i + room > to || b[i + 1] == '/' || b[i + 1] == '!')) {
                return i;
            }
        }
        return -1;
    }

    /** What java.io.BufferedReader would count: LF, CR, CRLF each end one line. */
    private static int expectedLineBreaks(byte[] b) {
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\r' || (b[i] == '\n' && (i == 0 || b[i - 1] != '\r'))) {
                n++;
            }
        }
        return n;
    }

    private static int count(byte[] b, char c) {
        int n = 0;
        for (byte x : b) {
            n += x == c ? 1 : 0;
        }
        return n;
    }
}
