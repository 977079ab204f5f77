package dev.lineup.source;

import dev.lineup.model.Redactor;
import dev.lineup.store.IoThreadGuard;
import dev.lineup.store.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a source's bytes from a URL (OkHttp: follows redirects, transparent gzip, connect/read
 * timeouts and user agent from settings, progress, cancel) or from a local file. Downloads go to a
 * temporary file first and are moved into place only when complete.
 */
public final class Fetcher {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    private final OkHttpClient client;

    public Fetcher(OkHttpClient client) {
        this.client = client;
    }

    /** A client configured from the settings (user agent, timeouts). */
    public static Fetcher fromSettings(Settings settings) {
        String agent = settings.get(Settings.HTTP_USER_AGENT).orElse("Lineup");
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(settings.getInt(Settings.HTTP_CONNECT_TIMEOUT)))
                .readTimeout(Duration.ofSeconds(settings.getInt(Settings.HTTP_READ_TIMEOUT)))
                .followRedirects(true).followSslRedirects(true)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", agent).build()))
                .build();
        return new Fetcher(client);
    }

    public OkHttpClient client() {
        return client;
    }

    public static boolean isUrl(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /**
     * The local file of {@code location}: the file itself for a path or {@code file:} URI, else the
     * download saved to {@code dest}.
     */
    public Path fetch(String location, Path dest, RefreshProgress progress, Cancellation cancel) throws IOException {
        IoThreadGuard.check("source fetch");
        if (!isUrl(location)) {
            Path p = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            if (!Files.isRegularFile(p)) {
                throw new NoSuchFileException(p.toString());
            }
            return p;
        }
        Files.createDirectories(dest.toAbsolutePath().getParent());
        Path tmp = dest.resolveSibling(dest.getFileName() + ".part");
        try (Response r = execute(location, cancel); ResponseBody body = r.body();
             InputStream in = body.byteStream(); OutputStream out = Files.newOutputStream(tmp)) {
            long total = body.contentLength();
            byte[] buf = new byte[64 * 1024];
            long done = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                cancel.check();
                out.write(buf, 0, n);
                done += n;
                progress.update("download", done, total);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            cancel.check();
            throw e instanceof SourceFetchException ? e
                    : new SourceFetchException("download of " + location + " failed: " + describe(e), e);
        }
        Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
        return dest;
    }

    /** A stable wording for the errors users meet most (OkHttp words timeouts differently by phase). */
    static String describe(IOException e) {
        if (e instanceof java.io.InterruptedIOException) {
            return "timed out (no answer within the configured timeout)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Runs a GET; non-2xx answers become a {@link SourceFetchException} naming the (redacted) URL. */
    public Response execute(String url, Cancellation cancel) throws IOException {
        IoThreadGuard.check("network");
        cancel.check();
        Call call = client.newCall(new Request.Builder().url(url).build());
        cancel.attach(call);
        LOG.debug("GET {}", Redactor.url(url));
        Response r;
        try {
            r = call.execute();
        } catch (IOException e) {
            cancel.check();
            throw new SourceFetchException("cannot reach " + url + ": " + describe(e), e);
        }
        if (!r.isSuccessful()) {
            int code = r.code();
            r.close();
            throw new SourceFetchException("HTTP " + code + " from " + url
                    + (code == 401 || code == 403 ? " (credentials refused or account blocked)" : ""));
        }
        return r;
    }
}
