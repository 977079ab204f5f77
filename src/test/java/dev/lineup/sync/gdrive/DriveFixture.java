package dev.lineup.sync.gdrive;

import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import dev.lineup.testing.fakes.gdrive.FakeOAuth;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** A fake Drive plus signed-in targets on it, through the real SDK and the real sign-in classes. */
final class DriveFixture implements AutoCloseable {
    static final String CLIENT_ID = "lineup-test";
    static final DriveStore.Account OFFICE = new DriveStore.Account("Office PC user", "office@example.com");

    final FakeDrive fake;
    final DriveEndpoints endpoints;
    private final AtomicInteger folders = new AtomicInteger();

    DriveFixture() throws IOException {
        fake = FakeDrive.start();
        endpoints = DriveEndpoints.at(fake.rootUrl());
    }

    /** A target signed in as {@code account} (by refresh token, so renewal is exercised) on {@code folder}. */
    DriveTarget target(String folder, DriveStore.Account account, long resumableThreshold, int chunk) {
        FakeOAuth.Tokens tokens = fake.oauth().issue(account);
        DriveAuth auth = new DriveAuth(endpoints, CLIENT_ID, null, new MemoryTokenStore(), "gdrive.test");
        return new DriveTarget(DriveTargetConfig.of(endpoints, folder).withUploads(resumableThreshold, chunk),
                auth.fromRefreshToken(tokens.refreshToken()));
    }

    DriveTarget target(String folder) {
        return target(folder, OFFICE, DriveTargetConfig.DEFAULT_RESUMABLE_THRESHOLD,
                DriveTargetConfig.DEFAULT_CHUNK_SIZE);
    }

    String freshFolder() {
        return "Lineup " + folders.incrementAndGet();
    }

    @Override
    public void close() {
        fake.close();
    }
}
