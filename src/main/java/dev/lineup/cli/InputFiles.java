package dev.lineup.cli;

import dev.lineup.model.ChannelKey;
import dev.lineup.output.RenderProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Turns FILE_OR_URL arguments into local files: files are checked, URLs downloaded to temporaries
 * (deleted on close), because guides are read twice (channels pass, programmes pass). A URL is only
 * ever shown as host and path: provider URLs carry credentials.
 */
final class InputFiles implements AutoCloseable {
    private final List<Path> temporaries = new ArrayList<>();
    private final RenderProgress progress;
    private OkHttpClient http;

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

    Path materialize(String arg) throws IOException {
        if (!arg.startsWith("http://") && !arg.startsWith("https://")) {
            Path p = Path.of(arg);
            if (!Files.isRegularFile(p)) {
                throw new NoSuchFileException(arg);
            }
            return p;
        }
        String shown = "http(s)://" + ChannelKey.normalizeUrl(arg);
        Path tmp = Files.createTempFile("lineup-input-", ".tmp");
        temporaries.add(tmp);
        Request req = new Request.Builder().url(arg).header("User-Agent", "Lineup").build();
        try (Response resp = client().newCall(req).execute()) {
            if (!resp.isSuccessful()) {
                throw new UserError(shown + ": HTTP " + resp.code() + ", expected 200 with a playlist or guide");
            }
            try (InputStream in = resp.body().byteStream(); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                long done = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    done += n;
                    progress.update("download " + shown, done, resp.body().contentLength());
                }
            }
        } catch (IOException e) {
            throw new UserError(shown + ": download failed (" + e.getClass().getSimpleName() + ")");
        }
        return tmp;
    }

    private OkHttpClient client() {
        if (http == null) {
            http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(20))
                    .readTimeout(Duration.ofSeconds(60)).build();
        }
        return http;
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
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
