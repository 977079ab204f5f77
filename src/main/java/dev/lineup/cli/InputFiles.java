package dev.lineup.cli;

import dev.lineup.http.HttpClients;
import dev.lineup.model.HttpOptions;
import dev.lineup.model.SourceKind;
import dev.lineup.source.DownloadLimits;
import dev.lineup.source.Fetcher;
import dev.lineup.source.LocationFormatException;
import dev.lineup.files.TempFiles;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Turns FILE_OR_URL arguments into local files for the stateless {@code render}: files are checked,
 * URLs downloaded by the sources' {@link Fetcher} into temporaries deleted on close (guides are read
 * twice: channels pass, programmes pass). Errors name the URL redacted, never its credentials.
 */
final class InputFiles implements AutoCloseable {
    private final List<Path> temporaries = new ArrayList<>();
    private final Progress progress;
    private final DownloadLimits limits;
    /** Made on the first URL: building an HTTP client (TLS trust store and all) costs start-up time. */
    private OkHttpClient client;
    private Fetcher fetcher;

    InputFiles(Progress progress, DownloadLimits limits) {
        this.progress = progress;
        this.limits = limits;
    }

    /** Local files for playlists ({@code M3U}) or guides ({@code EPG}), which have different size caps. */
    List<Path> materialize(List<String> args, SourceKind kind) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(materialize(a, kind));
        }
        return files;
    }

    private Path materialize(String arg, SourceKind kind) throws IOException {
        if (!Fetcher.isUrl(arg)) {
            try {
                return new Fetcher(null, limits).fetch(arg, null, kind, (phase, done, total) -> { },
                        Cancellation.none());
            } catch (LocationFormatException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        if (fetcher == null) {
            client = HttpClients.builder(HttpOptions.DEFAULTS).build(); // no data directory: the settings' defaults
            fetcher = new Fetcher(client, limits);
        }
        if (temporaries.isEmpty()) { // what killed renders left in the system temp folder goes first
            TempFiles.sweep(Path.of(System.getProperty("java.io.tmpdir")), false, Duration.ofHours(24), p -> false);
        }
        Path dir = Files.createTempDirectory(TempFiles.name("render-input"));
        Path dest = dir.resolve("download");
        temporaries.add(dest);
        temporaries.add(dir);
        try {
            return fetcher.fetch(arg, dest, kind, (phase, done, total) -> progress.update("download", done, total),
                    Cancellation.none());
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (Path p : temporaries) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // A leftover temporary in the system temp folder is harmless.
            }
        }
        if (client != null) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
