package dev.lineup.xmltv;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/** Opens a guide file as bytes: gzip is recognised by its magic bytes (1f 8b), never by the file name. */
final class GuideInput {
    private static final int BUFFER = 1 << 16;
    /** How often, in bytes read from disk, progress is reported. */
    private static final long REPORT_EVERY = 1 << 18;

    private GuideInput() {
    }

    /** The decoded bytes of a guide; {@code onBytes} hears the bytes read from disk so far. */
    static InputStream open(Path file, LongConsumer onBytes) throws IOException {
        InputStream raw = new BufferedInputStream(new Counting(Files.newInputStream(file), onBytes), BUFFER);
        try {
            raw.mark(2);
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, BUFFER) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** Counts bytes as they come off the disk, reporting every {@link #REPORT_EVERY} and at end of file. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer onBytes;
        private long count;
        private long reported;

        Counting(InputStream in, LongConsumer onBytes) {
            super(in);
            this.onBytes = onBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            advance(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            advance(n);
            return n;
        }

        private void advance(int n) {
            if (n > 0) {
                count += n;
            }
            if (onBytes != null && (count - reported >= REPORT_EVERY || (n < 0 && count != reported))) {
                reported = count;
                onBytes.accept(count);
            }
        }
    }
}
