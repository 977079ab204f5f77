package dev.lineup.sync.dropbox;

import dev.lineup.task.Progress;
import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.ForceConfirmation;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.MutableClock;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.Staging;
import dev.lineup.sync.SyncProblemException;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another installation takes the lease over while a big guide is going up: the publisher notices at the
 * next chunk, stops the upload session before its finish and writes no manifest.
 */
class PublishLeaseLostMidUploadTest {
    private static final int MIB = 1024 * 1024;
    private static final Duration TTL = Duration.ofSeconds(60);
    private FakeDropboxFolder folder;
    private FakeDropbox fake;
    private DropboxTarget living;
    private DropboxTarget office;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        folder = FakeDropboxFolder.start();
        fake = folder.fake;
        living = folder.target(4 * MIB, 3);
        office = folder.target(4 * MIB, 3);
    }

    @AfterEach
    void stop() {
        folder.close();
    }

    /** A 22 MiB guide: six 4 MiB chunks. */
    private Path stage() throws Exception {
        Random r = new Random(5);
        StringBuilder guide = new StringBuilder(22 * MIB);
        while (guide.length() < 22 * MIB) {
            guide.append((char) ('a' + r.nextInt(26)));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("family.m3u", "#EXTM3U\n");
        files.put("family.xml", guide.toString());
        return Staging.write(dir.resolve("stage"), "Family", files);
    }

    @Test
    void aTakeoverDuringABigUploadStopsItBeforeTheFinishAndWritesNoManifest() throws Exception {
        RetryPacer pacer = new RetryPacer(3, Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofMinutes(1), clock,
                clock.sleeper(), new Random(1), null);
        LeaseManager mine = new LeaseManager(living, pacer, LeaseOwner.current("id-living", "Living room", "t"), TTL);
        LeaseManager theirs = new LeaseManager(office, RetryPacer.standard(),
                LeaseOwner.current("id-office", "Office PC", "t"), TTL);
        List<Long> seen = new CopyOnWriteArrayList<>();
        Progress takeOverOnFirstChunk = (phase, sent, size) -> {
            if (phase.equals(Publisher.UPLOAD_PHASE)) {
                seen.add(sent);
                if (seen.size() == 1) {
                    try {
                        theirs.forceTakeover("publish from the office",
                                ForceConfirmation.of(theirs.status().orElseThrow()));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    clock.advance(TTL); // the next chunk is due to prove the lease again
                }
            }
        };
        Path staged = stage();

        SyncProblemException e = catchThrowableOfType(SyncProblemException.class, () -> new Publisher(mine, pacer,
                Role.PRIMARY, new dev.lineup.sync.InMemoryProblemHistory())
                .publish(staged, "publish layout 'Family'", Publisher.Options.DEFAULT.watchedBy(takeOverOnFirstChunk, null)));

        assertThat(e.kind()).isEqualTo(ProblemKind.LEASE_LOST);
        assertThat(seen).hasSize(1);
        assertThat(fake.requests()).extracting(LoggedRequest::path).doesNotContain("/2/files/upload_session/finish");
        assertThat(fake.content("/IPTV/family.xml")).isEmpty();
        assertThat(fake.content("/IPTV/lineup-manifest.json")).isEmpty();
        assertThat(new String(fake.content("/IPTV/lockfile.json").orElseThrow(), StandardCharsets.UTF_8))
                .contains("Office PC");
    }
}
