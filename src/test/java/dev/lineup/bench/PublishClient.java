package dev.lineup.bench;

import dev.lineup.model.Role;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemHistory;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.TokenStore;
import dev.lineup.sync.dropbox.DropboxConfig;
import dev.lineup.sync.dropbox.DropboxTarget;
import dev.lineup.sync.gdrive.DriveAuth;
import dev.lineup.sync.gdrive.DriveEndpoints;
import dev.lineup.sync.gdrive.DriveTarget;
import dev.lineup.sync.gdrive.DriveTargetConfig;
import dev.lineup.sync.local.LocalFolderTarget;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The publishing side of {@link UploadMemoryBench}, run as its own JVM with a small heap: one real
 * {@link Publisher} publish of a staged folder to one target, then a check that the guide arrived whole.
 * Prints {@code RESULT bytes=N seconds=S} on success; any failure (OutOfMemoryError included) ends the JVM
 * with a non-zero exit code, which the harness records.
 * <pre>PublishClient dropbox|gdrive|local STAGE_DIR GUIDE_NAME [URL] (token from LINEUP_BENCH_TOKEN)</pre>
 */
public final class PublishClient {

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path stage = Path.of(args[1]);
        String guideName = args[2];
        String url = args.length > 3 ? args[3] : null;
        // The token comes through the environment, like the CLI's --access-token-env, so it is never on a command line.
        String token = System.getenv("LINEUP_BENCH_TOKEN");
        try (PublishTarget target = target(kind, url, token, stage)) {
            Publisher publisher = new Publisher(new LeaseManager(target, RetryPacer.standard(),
                    LeaseOwner.current("bench", "Bench PC", "bench"), Duration.ofSeconds(30)), RetryPacer.standard(),
                    Role.PRIMARY, ProblemHistory.NONE);
            long t0 = System.nanoTime();
            PublishReport report = publisher.publish(stage, "upload memory bench");
            double seconds = (System.nanoTime() - t0) / 1e9;
            Path guide = stage.resolve(guideName);
            RemoteFile remote = target.stat(guideName).orElseThrow(
                    () -> new IllegalStateException("guide missing on the target after publishing"));
            if (remote.size() != Files.size(guide) || (remote.contentHash() != null
                    && !remote.contentHash().equals(target.contentHashOf(guide)))) {
                throw new IllegalStateException("guide arrived damaged: " + remote);
            }
            if (!report.manifestWritten()) {
                throw new IllegalStateException("publish finished without writing the manifest");
            }
            System.out.printf("RESULT bytes=%d seconds=%.3f%n", report.bytesUploaded(), seconds);
        }
    }

    private static PublishTarget target(String kind, String url, String token, Path stage) throws Exception {
        switch (kind) {
            case "dropbox": {
                TokenStore tokens = TokenStore.inMemory();
                tokens.put("bench", OAuthTokens.accessOnly(token));
                return new DropboxTarget(DropboxConfig.of("bench", "/BENCH").withApiBaseUrl(URI.create(url))
                        .withClientIdentifier("Lineup/bench"), tokens);
            }
            case "gdrive":
                return new DriveTarget(DriveTargetConfig.of(DriveEndpoints.at(url), "Lineup bench"),
                        DriveAuth.fromAccessToken(token));
            case "local": {
                Path folder = Files.createDirectories(Path.of(url));
                return new LocalFolderTarget(folder);
            }
            default:
                throw new IllegalArgumentException("target kind must be dropbox, gdrive or local, not " + kind);
        }
    }
}
