package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void handsOnEveryByteInOrder() throws IOException {
        byte[] bytes = new byte[1_000_003];
        new Random(3).nextBytes(bytes);
        try (InputStream in = new ReadAhead(new ByteArrayInputStream(bytes), "test")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void aFailureReachesTheReaderAfterTheBytesBeforeItAndAgainOnEveryRead() throws IOException {
        IOException broken = new IOException("Unexpected end of ZLIB input stream");
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }
        });
        try (InputStream in = new ReadAhead(failing, "test")) {
            assertThat(in.readNBytes(100_000)).hasSize(100_000);
            assertThatThrownBy(in::read).isSameAs(broken);
            assertThatThrownBy(in::read).isSameAs(broken);
        }
    }

    @Test
    void copiesMadeWhileReadingReachTheReaderInOrderAndNoLaterThanTheByteThatStandsForThem() throws IOException {
        VerbatimCopies copies = new VerbatimCopies(p -> true);
        int standIns = 5_000;
        // each read copies a group of 1-3 programmes of 1-4 KB (more than a block's worth every few dozen) and
        // returns the one byte that stands for the group
        InputStream copying = new InputStream() {
            private int made;
            private int groups;

            @Override
            public int read() {
                if (groups == standIns) {
                    return -1;
                }
                for (int k = 0; k <= groups % 3; k++) {
                    String body = "<programme n=\"" + made + "\">\n    <title>" + "x".repeat(1_000 * (1 + made % 4))
                            + "</title>\n  </programme>";
                    byte[] b = body.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    assertThat(copies.copy(b, 0, b.length)).isEqualTo(2);
                    made++;
                }
                copies.closeGroup();
                groups++;
                return 'p';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };
        try (InputStream in = new ReadAhead(copying, "test", copies)) {
            int next = 0;
            for (int i = 0; i < standIns; i++) {
                assertThat(in.read()).isEqualTo('p');
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                assertThat(copies.next(out::write, new byte[] {'|'})).isEqualTo(i % 3 + 1);
                String[] written = out.toString(java.nio.charset.StandardCharsets.US_ASCII).substring(1).split("\\|");
                assertThat(written).hasSize(i % 3 + 1);
                for (String programme : written) {
                    assertThat(programme).startsWith("<programme n=\"" + next++ + "\">").endsWith("</programme>");
                }
            }
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReadingAndClosesTheStream() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        InputStream in = new ReadAhead(endless, "test");
        assertThat(in.readNBytes(10)).containsOnly('x');
        in.close();
        assertThat(closed).isTrue();
    }
}
