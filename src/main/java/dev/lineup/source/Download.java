package dev.lineup.source;

import dev.lineup.model.Redactor;
import dev.lineup.model.SourceKind;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Response;

/**
 * One HTTP body being read under {@link DownloadLimits}: decoded bytes are counted against the size cap
 * as they are read (so a gzip body that expands past it is stopped, whatever its compressed size), and a
 * watchdog ends the call when the deadline passes or the rate stays under the minimum. Whoever reads
 * {@link #body()} then gets a {@link SourceFetchException} naming the user's URL (redacted) and the
 * limit, never a temporary file or a bare "Canceled".
 */
public final class Download implements AutoCloseable {
    private static final long TICK_MILLIS = 250;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lineup-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Call call;
    private final String url;
    private final DownloadLimits limits;
    private final SourceKind kind;
    private final long maxBytes;
    private final long start = System.nanoTime();
    private final ScheduledFuture<?> watch;
    private volatile long bytes;
    private volatile String stopped;
    /** Set when the answer's headers came: the rate is judged on the body only, from {@link #bodyStart}. */
    private volatile boolean bodyStarted;
    private long bodyStart;
    private boolean windowOpen;
    private long windowStart;
    private long windowBytes;
    private Response response;
    private InputStream body;

    Download(Call call, String url, DownloadLimits limits, SourceKind kind) {
        this.call = call;
        this.url = Redactor.url(url);
        this.limits = limits;
        this.kind = kind;
        this.maxBytes = limits.maxBytes(kind);
        this.watch = WATCHDOG.scheduleAtFixedRate(this::check, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Called once the answer's headers are in; a declared length past the cap fails before any byte is read. */
    void started(Response r) throws SourceFetchException {
        this.response = r;
        long declared = r.body().contentLength();
        if (declared > maxBytes && r.header("Content-Encoding") == null) {
            throw stop("it is " + DownloadLimits.size(declared) + ", over the limit of " + DownloadLimits.size(maxBytes)
                    + " " + limits.hint(DownloadLimits.Limit.SIZE, kind));
        }
        this.body = new Counting(r.body().byteStream());
        this.bodyStart = System.nanoTime();
        this.bodyStarted = true;
    }

    public InputStream body() {
        return body;
    }

    /** The length the server declared, or -1. */
    public long contentLength() {
        return response.body().contentLength();
    }

    /** The limit that ended this download, as an exception naming the URL; null if none did. */
    SourceFetchException stoppedBy(IOException cause) {
        String why = stopped;
        return why == null ? null : new SourceFetchException("download of " + url + " stopped: " + why, cause);
    }

    private SourceFetchException stop(String why) {
        if (stopped == null) {
            stopped = why;
        }
        call.cancel();
        return stoppedBy(null);
    }

    /** The watchdog's tick: deadline, then the rate over the last window. */
    private void check() {
        long now = System.nanoTime();
        long got = bytes;
        if (now - start > limits.deadlineNanos(got)) {
            stop("not finished after " + seconds(now - start) + " s "
                    + limits.hint(DownloadLimits.Limit.DEADLINE, kind));
            return;
        }
        if (!bodyStarted) {
            return; // waiting for the answer to begin: the connect and read timeouts and the deadline apply
        }
        if (!windowOpen) {
            windowOpen = true;
            windowStart = bodyStart;
            windowBytes = 0;
        }
        long window = limits.rateWindow().toNanos();
        if (limits.minBytesPerSecond() > 0 && now - windowStart >= window) {
            long rate = (got - windowBytes) * 1_000_000_000L / (now - windowStart);
            if (rate < limits.minBytesPerSecond()) {
                stop("it came at " + rate + " bytes/s for " + seconds(now - windowStart) + " s, under the minimum of "
                        + limits.minBytesPerSecond() + " bytes/s "
                        + limits.hint(DownloadLimits.Limit.RATE, kind));
                return;
            }
            windowStart = now;
            windowBytes = got;
        }
    }

    private static long seconds(long nanos) {
        return Math.round(nanos / 1e9);
    }

    @Override
    public void close() {
        watch.cancel(false);
        if (response != null) {
            response.close();
        }
    }

    /** The body as read: counted against the cap, and failing with the limit's reason once stopped. */
    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                SourceFetchException why = stoppedBy(e);
                throw why != null ? why : e;
            }
            if (n > 0) {
                bytes += n;
                if (bytes > maxBytes) {
                    throw stop("it went past the limit of " + DownloadLimits.size(maxBytes) + " "
                            + limits.hint(DownloadLimits.Limit.SIZE, kind));
                }
            }
            return n;
        }
    }
}
