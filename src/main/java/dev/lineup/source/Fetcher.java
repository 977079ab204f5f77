package dev.lineup.source;

import dev.lineup.http.HttpClients;
import dev.lineup.model.Redactor;
import dev.lineup.model.SourceKind;
import dev.lineup.files.IoThreadGuard;
import dev.lineup.store.Settings;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a source's bytes from a URL (OkHttp: follows redirects, transparent gzip, connect/read
 * timeouts and user agent from settings, progress, cancel) or from a local file. Downloads go to a
 * temporary file first and are moved into place only when complete. Every download runs under
 * {@link DownloadLimits} (size cap on decoded bytes, deadline, minimum rate): see {@link Download}.
 */
public final class Fetcher {
    /** In a holder: a render of local files never downloads, and so never sets logging up. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    }

    private final OkHttpClient client;
    private final DownloadLimits limits;

    public Fetcher(OkHttpClient client, DownloadLimits limits) {
        this.client = client;
        this.limits = limits;
    }

    /** A client configured from the settings (user agent, timeouts, download limits). */
    public static Fetcher fromSettings(Settings settings) {
        return new Fetcher(HttpClients.builder(settings.httpOptions()).build(), DownloadLimits.fromSettings(settings));
    }

    public OkHttpClient client() {
        return client;
    }

    public static boolean isUrl(String location) {
        return SourceLocations.isUrl(location);
    }

    /**
     * The local file of {@code location}: the file itself for a path or {@code file:} URI, else the
     * download saved to {@code dest} (under the size cap of a source of {@code kind}).
     */
    public Path fetch(String location, Path dest, SourceKind kind, Progress progress, Cancellation cancel)
            throws IOException {
        IoThreadGuard.check("source fetch");
        if (!isUrl(location)) {
            Path p = SourceLocations.local(location);
            if (!Files.isRegularFile(p)) {
                throw new NoSuchFileException(p.toString());
            }
            return p;
        }
        Files.createDirectories(dest.toAbsolutePath().getParent());
        Path tmp = dest.resolveSibling(dest.getFileName() + ".part");
        try (Download d = open(location, kind, cancel); OutputStream out = Files.newOutputStream(tmp)) {
            long total = d.contentLength();
            byte[] buf = new byte[64 * 1024];
            long done = 0;
            InputStream in = d.body();
            for (int n; (n = in.read(buf)) > 0; ) {
                cancel.check("refresh");
                out.write(buf, 0, n);
                done += n;
                progress.update("download", done, total);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            cancel.check("refresh");
            throw e instanceof SourceFetchException ? e
                    : new SourceFetchException("download of " + location + " failed: " + describe(e), e);
        }
        Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
        return dest;
    }

    /**
     * A stable wording for the errors users meet most (OkHttp words timeouts differently by phase). A
     * failure to write names no temporary file: the user only knows their URL.
     */
    static String describe(IOException e) {
        if (e instanceof java.io.InterruptedIOException) {
            return "timed out (no answer within the configured timeout)";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            return "could not save it" + (fs.getReason() == null ? "" : " (" + fs.getReason() + ")");
        }
        if (e.getMessage() != null && e.getMessage().contains("No space left")) {
            return "could not save it (no space left on the disk)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Runs a GET under the limits of a source of {@code kind}; non-2xx answers become a
     * {@link SourceFetchException} naming the (redacted) URL. The caller reads {@link Download#body()}
     * and closes the download.
     */
    public Download open(String url, SourceKind kind, Cancellation cancel) throws IOException {
        IoThreadGuard.check("network");
        cancel.check("refresh");
        Call call = client.newCall(new Request.Builder().url(SourceLocations.http(url)).build());
        cancel.onCancel(call::cancel); // a Cancellation lives one refresh: hooks of finished calls are harmless
        Log.LOG.debug("GET {}", Redactor.url(url));
        Download d = new Download(call, url, limits, kind);
        Response r;
        try {
            r = call.execute();
        } catch (IOException e) {
            d.close();
            cancel.check("refresh");
            SourceFetchException stopped = d.stoppedBy(e);
            throw stopped != null ? stopped : new SourceFetchException("cannot reach " + url + ": " + describe(e), e);
        }
        if (!r.isSuccessful()) {
            int code = r.code();
            r.close();
            d.close();
            throw new SourceFetchException("HTTP " + code + " from " + url
                    + (code == 401 || code == 403 ? " (credentials refused or account blocked)" : ""));
        }
        try {
            d.started(r);
        } catch (SourceFetchException e) {
            d.close();
            throw e;
        }
        return d;
    }
}
