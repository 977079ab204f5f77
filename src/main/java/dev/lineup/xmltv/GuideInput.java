package dev.lineup.xmltv;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Opens a guide file as bytes. gzip, xz and zip are recognised by their magic bytes ({@link GuideFormat}), never
 * by the file name; from a zip the first XML entry is read ({@link ZipGuide}).
 */
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
            byte[] magic = new byte[GuideFormat.MAGIC_LENGTH];
            raw.mark(magic.length);
            int n = raw.readNBytes(magic, 0, magic.length);
            raw.reset();
            switch (GuideFormat.of(magic, n)) {
                case GZIP:
                    return new GZIPInputStream(raw, BUFFER);
                case XZ:
                    return new BufferedInputStream(new XZInputStream(raw), BUFFER);
                case ZIP:
                    raw.close();
                    return ZipGuide.open(file, onBytes);
                default:
                    return raw;
            }
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Counts bytes as they come off the disk, reporting every {@link #REPORT_EVERY} and at end of file. */
    static final class Counting extends FilterInputStream {
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
