package dev.lineup.sync.dropbox;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.TokenStore;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fake Dropbox signed in under the target name "dbx", and {@link DropboxTarget}s on its folder
 * {@code /IPTV} with a chosen chunk size and connection count; closing it closes them all.
 */
final class FakeDropboxFolder implements AutoCloseable {
    static final int MIB = 1024 * 1024;
    static final String FOLDER = "/IPTV";

    final FakeDropbox fake;
    final TokenStore tokens = TokenStore.inMemory();
    private final List<DropboxTarget> targets = new ArrayList<>();

    private FakeDropboxFolder(FakeDropbox fake) {
        this.fake = fake;
        tokens.put("dbx", OAuthTokens.accessOnly(fake.accessToken()));
    }

    static FakeDropboxFolder start() throws IOException {
        return new FakeDropboxFolder(FakeDropbox.start());
    }

    DropboxTarget target(int chunkSize, int connections) {
        DropboxTarget t = new DropboxTarget(DropboxConfig.of("dbx", FOLDER).withApiBaseUrl(fake.baseUrl())
                .withChunkSize(chunkSize).withConnections(connections), tokens);
        targets.add(t);
        return t;
    }

    /** What the fake holds under {@code /IPTV/name}. */
    byte[] content(String name) {
        return fake.content(FOLDER + "/" + name).orElseThrow();
    }

    /** How many requests the fake answered (or dropped) on this route, e.g. {@code /2/files/upload_session/finish}. */
    long calls(String route) {
        return fake.requests().stream().map(LoggedRequest::path).filter(route::equals).count();
    }

    /** Incompressible bytes, so a damaged or reordered upload cannot pass for the original. */
    static Path randomFile(Path dir, int size, long seed) throws IOException {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return Files.write(dir.resolve("guide-" + seed + ".xml"), data);
    }

    @Override
    public void close() {
        targets.forEach(DropboxTarget::close);
        fake.close();
    }
}
