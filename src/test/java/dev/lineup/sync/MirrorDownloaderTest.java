package dev.lineup.sync;

import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.local.LocalFolderTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorDownloaderTest {
    @TempDir
    Path dir;

    LocalFolderTarget remote;
    Path mirror;
    MirrorDownloader downloader;
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void setUp() {
        remote = new LocalFolderTarget(dir.resolve("remote"));
        mirror = dir.resolve("mirror");
        downloader = new MirrorDownloader(remote, mirror, new RetryPacer(2, Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ofMinutes(1), clock, clock.sleeper(), new Random(1), null));
    }

    void publish(String run, Map<String, String> files) throws Exception {
        new Publisher(new LeaseManager(remote, RetryPacer.standard(), LeaseOwner.current("p", "Primary", "t"),
                Duration.ofSeconds(60)), RetryPacer.standard(), Role.PRIMARY, ProblemHistory.NONE)
                .publish(Staging.write(dir.resolve("stage-" + run), "Family", files), "publish");
    }

    String remoteState() throws Exception {
        return remote.list().stream().map(f -> f.name() + "@" + f.revision()).collect(Collectors.joining(","));
    }

    @Test
    void theMirrorCopiesThePublishedGenerationAndDownloadsAgainOnlyWhenItChanges() throws Exception {
        publish("1", Map.of("family.m3u", "#EXTM3U\n", "family.xml", "<tv/>"));
        String before = remoteState();

        MirrorDownloader.Result first = downloader.sync();
        MirrorDownloader.Result second = downloader.sync();

        assertThat(first.changed()).isTrue();
        assertThat(first.generation()).isEqualTo(1);
        assertThat(Files.readString(mirror.resolve("family.m3u"))).isEqualTo("#EXTM3U\n");
        assertThat(mirror.resolve("lineup-manifest.json")).exists();
        assertThat(second.changed()).isFalse();
        assertThat(second.bytesDownloaded()).isZero();
        assertThat(remoteState()).as("read-only: the remote folder is untouched").isEqualTo(before);

        publish("2", Map.of("family.m3u", "#EXTM3U\n#EXTINF:-1,New\nhttp://x.invalid\n"));
        MirrorDownloader.Result third = downloader.sync();
        assertThat(third.generation()).isEqualTo(2);
        assertThat(Files.readString(mirror.resolve("family.m3u"))).contains("New");
        assertThat(mirror.resolve("family.xml")).as("dropped by the primary").doesNotExist();
    }

    @Test
    void filesThatDoNotMatchTheManifestNeverReplaceTheLocalCopy() throws Exception {
        publish("1", Map.of("family.m3u", "#EXTM3U\n"));
        downloader.sync();
        publish("2", Map.of("family.m3u", "#EXTM3U\n#EXTINF:-1,Two\nhttp://x.invalid\n"));
        // The primary is half-way through its next publish: the file no longer matches the manifest.
        Files.writeString(dir.resolve("remote/family.m3u"), "#EXTM3U\n#EXTINF:-1,Three (half published)\n");

        assertThatThrownBy(downloader::sync).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.getMessage()).contains("kept publishing"));
        assertThat(Files.readString(mirror.resolve("family.m3u"))).isEqualTo("#EXTM3U\n");
        assertThat(Staging.json(Files.readAllBytes(mirror.resolve("lineup-manifest.json"))).get("generation").asLong())
                .isEqualTo(1);
        assertThat(Files.list(mirror).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.startsWith(".lineup-mirror-"));
    }

    @Test
    void nothingPublishedYetIsNotAnError() throws Exception {
        assertThat(downloader.sync().changed()).isFalse();
        assertThat(mirror).doesNotExist();
    }
}
