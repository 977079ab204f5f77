package dev.lineup.sync.dropbox;

import com.dropbox.core.http.HttpRequestor;
import com.dropbox.core.util.IOUtil;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The SDK's OkHttp requestor, except that a body given as a stream is sent as one byte array. The SDK
 * otherwise streams it through a pipe into an asynchronous call, handing every 8 KiB segment between
 * two threads, which made a 200 MB upload 2.6x slower than one plain POST of the same bytes (see
 * docs/benchmarks-publish.md). Bodies here are bounded: single uploads stop at
 * {@link DropboxConfig#SESSION_THRESHOLD}, session chunks at the chunk size.
 */
final class WholeBodyRequestor extends HttpRequestor {
    private final HttpRequestor delegate;

    WholeBodyRequestor(HttpRequestor delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response doGet(String url, Iterable<Header> headers) throws IOException {
        return delegate.doGet(url, headers);
    }

    @Override
    public Uploader startPost(String url, Iterable<Header> headers) throws IOException {
        return new WholeBody(delegate.startPost(url, headers));
    }

    @Override
    public Uploader startPostInStreamingMode(String url, Iterable<Header> headers) throws IOException {
        return new WholeBody(delegate.startPostInStreamingMode(url, headers));
    }

    @Override
    public Uploader startPut(String url, Iterable<Header> headers) throws IOException {
        return new WholeBody(delegate.startPut(url, headers));
    }

    private static final class WholeBody extends Uploader {
        private final Uploader inner;

        WholeBody(Uploader inner) {
            this.inner = inner;
        }

        @Override
        public void upload(InputStream in) throws IOException {
            inner.upload(in.readAllBytes());
        }

        @Override
        public void upload(InputStream in, long limit) throws IOException {
            inner.upload(in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8)));
        }

        @Override
        public void upload(byte[] body) throws IOException {
            inner.upload(body);
        }

        @Override
        public void upload(File file) throws IOException {
            inner.upload(file);
        }

        @Override
        public OutputStream getBody() {
            return inner.getBody();
        }

        @Override
        public void setProgressListener(IOUtil.ProgressListener listener) {
            inner.setProgressListener(listener);
        }

        @Override
        public void close() {
            inner.close();
        }

        @Override
        public void abort() {
            inner.abort();
        }

        @Override
        public Response finish() throws IOException {
            return inner.finish();
        }
    }
}
