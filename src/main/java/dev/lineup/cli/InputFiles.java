package dev.lineup.cli;

import dev.lineup.output.RenderProgress;
import dev.lineup.source.Cancellation;
import dev.lineup.source.Fetcher;
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
    private final RenderProgress progress;
    /** Made on the first URL: building an HTTP client (TLS trust store and all) costs start-up time. */
    private OkHttpClient client;

    InputFiles(RenderProgress progress) {
        this.progress = progress;
    }

    List<Path> materialize(List<String> args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(materialize(a));
        }
        return files;
    }

    private Path materialize(String arg) throws IOException {
        if (!Fetcher.isUrl(arg)) {
            return new Fetcher(null).fetch(arg, null, (phase, done, total) -> { }, Cancellation.none());
        }
        if (client == null) {
            client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(20))
                    .readTimeout(Duration.ofSeconds(60)).build();
        }
        Fetcher fetcher = new Fetcher(client);
        Path dir = Files.createTempDirectory("lineup-input-");
        Path dest = dir.resolve("download");
        temporaries.add(dest);
        temporaries.add(dir);
        try {
            return fetcher.fetch(arg, dest, (phase, done, total) -> progress.update("download", done, total),
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
