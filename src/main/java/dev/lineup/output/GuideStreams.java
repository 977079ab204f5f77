package dev.lineup.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/** One stream that writes the guide plain, gzipped, or both at once, so the guide is filtered once. */
final class GuideStreams {
    private GuideStreams() {
    }

    static OutputStream open(StagedOutput out, RenderRequest req) throws IOException {
        OutputStream plain = req.plainGuide()
                ? new BufferedOutputStream(out.create(req.guideName()), 1 << 16) : null;
        OutputStream gz = req.gzipGuide()
                ? new GZIPOutputStream(new BufferedOutputStream(out.create(req.gzipGuideName()), 1 << 16), 1 << 16)
                : null;
        if (plain == null) {
            return gz;
        }
        return gz == null ? plain : new Tee(plain, gz);
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
