package dev.lineup.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/** One stream that writes the guide plain, gzipped, or both at once, so the guide is filtered once. */
final class GuideStreams {
    /**
     * zlib's fastest strategy (levels 1-3): on a filtered guide level 3 costs a third of the default level 6's
     * CPU for a file 22 % larger (level 1: a quarter, but 51 % larger, and players download it every day).
     */
    static final int GZIP_LEVEL = 3;
    private static final int BUFFER = 1 << 18;

    private GuideStreams() {
    }

    /** The guide's stream; hashing, gzip and writes run on a thread of their own ({@link PipelinedOutputStream}). */
    static OutputStream open(StagedOutput out, RenderRequest req) throws IOException {
        return new PipelinedOutputStream(files(out, req), "guide");
    }

    private static OutputStream files(StagedOutput out, RenderRequest req) throws IOException {
        OutputStream plain = req.plainGuide()
                ? new BufferedOutputStream(out.create(req.guideName()), BUFFER) : null;
        OutputStream gz = req.gzipGuide() ? new FastGzip(out.create(req.gzipGuideName())) : null;
        if (plain == null) {
            return gz;
        }
        return gz == null ? plain : new Tee(plain, gz);
    }

    /** Gzip at {@link #GZIP_LEVEL}, deflating large blocks. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream file) throws IOException {
            super(new BufferedOutputStream(file, BUFFER), BUFFER);
            def.setLevel(GZIP_LEVEL);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int v) throws IOException {
            a.write(v);
            b.write(v);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }

        @Override
        public void close() throws IOException {
            try (OutputStream first = a; OutputStream second = b) {
                flush();
            }
        }
    }
}
