package dev.lineup.sync.dropbox;

import com.dropbox.core.http.HttpRequestor;
import com.dropbox.core.util.IOUtil;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * The SDK's {@code OkHttp3Requestor} for every call, except upload bodies given as a {@link FileRegion}:
 * those go out through the same OkHttp client as a body streamed from disk with its Content-Length. The
 * SDK's own requestor streams an {@code InputStream} through a pipe into an asynchronous call (every
 * 8 KiB segment handed between two threads), and a body given as a byte array is copied into freshly
 * allocated okio segments all at once; both cost more than the network on loopback (see
 * docs/benchmarks-publish.md). Other stream bodies are read whole (they are small: RPC arguments,
 * lockfile and manifest).
 *
 * <p>Every answer that is not a success is read whole and its connection released here, before the SDK
 * sees it: the SDK leaves error bodies unclosed on some paths (a download answered 500 or 503 never
 * reads nor closes its body), and OkHttp 5 may hand such a leaked connection, once garbage collected, to
 * a later call, which then reads the stale body glued to its own status line ("Service UnavailableHTTP/1.1
 * 409"; square/okhttp#9240). Error bodies are small, so buffering them costs nothing.
 */
final class RegionRequestor extends HttpRequestor {
    private final HttpRequestor delegate;
    private final OkHttpClient client;

    RegionRequestor(HttpRequestor delegate, OkHttpClient client) {
        this.delegate = delegate;
        this.client = client;
    }

    @Override
    public Response doGet(String url, Iterable<Header> headers) throws IOException {
        return released(delegate.doGet(url, headers));
    }

    @Override
    public Uploader startPost(String url, Iterable<Header> headers) throws IOException {
        return new RegionUploader(delegate.startPost(url, headers), url, headers, true);
    }

    @Override
    public Uploader startPostInStreamingMode(String url, Iterable<Header> headers) throws IOException {
        return new RegionUploader(delegate.startPostInStreamingMode(url, headers), url, headers, true);
    }

    @Override
    public Uploader startPut(String url, Iterable<Header> headers) throws IOException {
        return new RegionUploader(delegate.startPut(url, headers), url, headers, false);
    }

    /**
     * A success as it is (a download streams its body to the caller, who closes it); anything else with
     * its body read into memory and the HTTP response closed, so its connection goes back to the pool
     * clean whatever the SDK then does with the body.
     */
    static HttpRequestor.Response released(HttpRequestor.Response response) throws IOException {
        int status = response.getStatusCode();
        if (status / 100 == 2 || response.getBody() == null) {
            return response;
        }
        byte[] body;
        try (InputStream in = response.getBody()) {
            body = in.readAllBytes();
        }
        return new HttpRequestor.Response(status, new ByteArrayInputStream(body), response.getHeaders());
    }

    /** A request body read from a file range each time it is written (OkHttp may write it again). */
    private static final class RegionBody extends RequestBody {
        private final FileRegion region;

        RegionBody(FileRegion region) {
            this.region = region;
        }

        @Override
        public MediaType contentType() {
            return null; // the SDK sends Content-Type as a header
        }

        @Override
        public long contentLength() {
            return region.length();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            try (Source source = Okio.source(region.reopen())) {
                sink.writeAll(source);
            }
        }
    }

    private final class RegionUploader extends Uploader {
        private final Uploader inner;
        private final String url;
        private final Iterable<Header> headers;
        /** Only a POST body is sent from its file region; other methods go through the SDK's requestor. */
        private final boolean post;
        private FileRegion region;
        private volatile Call call;

        RegionUploader(Uploader inner, String url, Iterable<Header> headers, boolean post) {
            this.inner = inner;
            this.url = url;
            this.headers = headers;
            this.post = post;
        }

        @Override
        public void upload(InputStream in) throws IOException {
            if (post && in instanceof FileRegion r) {
                region = r;
            } else {
                inner.upload(in.readAllBytes());
            }
        }

        @Override
        public void upload(InputStream in, long limit) throws IOException {
            if (post && in instanceof FileRegion r && r.length() <= limit) {
                region = r;
            } else {
                inner.upload(in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8)));
            }
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
            Call c = call;
            if (c != null) {
                c.cancel();
            }
            inner.abort();
        }

        @Override
        public HttpRequestor.Response finish() throws IOException {
            if (region == null) {
                return released(inner.finish());
            }
            Request.Builder request = new Request.Builder().url(url).post(new RegionBody(region));
            for (Header h : headers) {
                request.addHeader(h.getKey(), h.getValue());
            }
            call = client.newCall(request.build());
            okhttp3.Response response = call.execute();
            return released(new HttpRequestor.Response(response.code(), response.body().byteStream(),
                    response.headers().toMultimap()));
        }
    }
}
