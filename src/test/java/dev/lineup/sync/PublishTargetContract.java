package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link PublishTarget} passes (local folder, Dropbox and Drive against their fakes).
 * Subclass it and implement {@link #newTarget()}: each call must return a target on a fresh folder
 * that does not exist yet (created by the first write). The lease protocol and the publisher rely on
 * nothing more than what is asserted here.
 */
public abstract class PublishTargetContract {

    /** A target on a fresh, not yet existing folder. */
    protected abstract PublishTarget newTarget() throws Exception;

    /** Size of the "large" round-trip file; above 8 MiB so chunked/resumable uploads are exercised. */
    protected long largeFileSize() {
        return 9L * 1024 * 1024 + 123;
    }

    @TempDir
    protected Path localFiles;

    protected PublishTarget target;

    @BeforeEach
    void openTarget() throws Exception {
        target = newTarget();
    }

    @AfterEach
    void closeTarget() {
        target.close();
    }

    protected Path local(String name, String content) throws IOException {
        return Files.writeString(localFiles.resolve(name), content, StandardCharsets.UTF_8);
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    protected static byte[] read(PublishTarget t, String name) throws Exception {
        try (InputStream in = t.open(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFolderThatDoesNotExistYetListsAsEmpty() throws Exception {
        assertThat(target.list()).isEmpty();
        assertThat(target.stat("lineup.m3u")).isEmpty();
    }

    @Test
    void aFolderEmptiedAgainListsAsEmpty() throws Exception {
        target.put("a.m3u", local("a.m3u", "#EXTM3U\n"));
        target.delete("a.m3u");
        assertThat(target.list()).isEmpty();
    }

    @Test
    void putThenStatAndOpenReturnTheSameBytesSizeAndProviderHash() throws Exception {
        Path file = local("lineup.m3u", "#EXTM3U\n#EXTINF:-1,One\nhttp://example.invalid/1\n");
        RemoteFile put = target.put("lineup.m3u", file);
        String expectedHash = target.contentHashOf(file);

        assertThat(put.name()).isEqualTo("lineup.m3u");
        assertThat(put.size()).isEqualTo(Files.size(file));
        assertThat(put.contentHash()).isEqualTo(expectedHash);
        RemoteFile stat = target.stat("lineup.m3u").orElseThrow();
        assertThat(stat.size()).isEqualTo(Files.size(file));
        assertThat(stat.contentHash()).isEqualTo(expectedHash);
        assertThat(stat.revision()).isEqualTo(put.revision());
        assertThat(read(target, "lineup.m3u")).isEqualTo(Files.readAllBytes(file));
        assertThat(target.list()).extracting(RemoteFile::name).containsExactly("lineup.m3u");
    }

    @Test
    void anEmptyFileRoundTrips() throws Exception {
        Path file = local("empty.xml", "");
        RemoteFile put = target.put("empty.xml", file);
        assertThat(put.size()).isZero();
        assertThat(put.contentHash()).isEqualTo(target.contentHashOf(file));
        assertThat(read(target, "empty.xml")).isEmpty();
    }

    @Test
    void aLargeFileRoundTripsWithTheProviderHash() throws Exception {
        byte[] data = new byte[(int) largeFileSize()];
        new Random(42).nextBytes(data);
        Path file = Files.write(localFiles.resolve("guide.xml.gz"), data);
        List<String> reports = new CopyOnWriteArrayList<>();
        List<Long> sent = new CopyOnWriteArrayList<>();
        RemoteFile put = target.put("guide.xml.gz", file, (name, done, size) -> {
            reports.add(name + " " + done + "/" + size);
            sent.add(done);
        }, UploadFence.NONE);
        assertThat(put.size()).isEqualTo(data.length);
        assertThat(put.contentHash()).isEqualTo(target.contentHashOf(file));
        assertThat(read(target, "guide.xml.gz")).isEqualTo(data);
        // What a progress bar is told: the file's bytes, never backwards, ending at its size.
        assertThat(reports).isNotEmpty().last().isEqualTo("guide.xml.gz " + data.length + "/" + data.length);
        assertThat(sent).isSorted();
    }

    /** Stops an upload wherever a target first asks: between chunks, or right before the commit. */
    private static UploadFence stopping(SyncException reason) {
        return new UploadFence() {
            @Override
            public void betweenChunks() throws SyncException {
                throw reason;
            }

            @Override
            public void beforeCommit() throws SyncException {
                throw reason;
            }
        };
    }

    @Test
    void aFenceThatStopsABigUploadLeavesTheOldContentAndItsReasonReachesTheCaller() throws Exception {
        target.put("guide.xml.gz", local("old", "old guide"));
        byte[] data = new byte[(int) largeFileSize()];
        new Random(7).nextBytes(data);
        Path file = Files.write(localFiles.resolve("new"), data);
        SyncException lost = new SyncException(ProblemKind.LEASE_LOST, "lease taken over");
        assertThatThrownBy(() -> target.put("guide.xml.gz", file, Progress.NONE, stopping(lost))).isSameAs(lost);
        assertThat(read(target, "guide.xml.gz")).isEqualTo(bytes("old guide"));
        assertThat(target.list()).extracting(RemoteFile::name).containsExactly("guide.xml.gz");
    }

    @Test
    void aFenceThatRefusesTheCommitOfASmallFileLeavesTheOldContent() throws Exception {
        target.put("lineup.m3u", local("v1", "version one\n"));
        SyncException lost = new SyncException(ProblemKind.LEASE_LOST, "lease taken over");
        assertThatThrownBy(() -> target.put("lineup.m3u", local("v2", "version two\n"), Progress.NONE, stopping(lost)))
                .isSameAs(lost);
        assertThat(read(target, "lineup.m3u")).isEqualTo(bytes("version one\n"));
    }

    @Test
    void contentHashOfDependsOnTheBytesOnly() throws Exception {
        assertThat(target.contentHashOf(local("a", "same"))).isEqualTo(target.contentHashOf(local("b", "same")))
                .isNotEqualTo(target.contentHashOf(local("c", "other")));
    }

    @Test
    void overwritingInPlaceKeepsTheIdAndChangesRevisionAndContent() throws Exception {
        RemoteFile first = target.put("lineup.m3u", local("v1", "version one\n"));
        RemoteFile second = target.put("lineup.m3u", local("v2", "version two, longer\n"));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.revision()).isNotEqualTo(first.revision());
        assertThat(new String(read(target, "lineup.m3u"), StandardCharsets.UTF_8)).isEqualTo("version two, longer\n");
        assertThat(target.list()).hasSize(1);
        assertThat(target.shareLink("lineup.m3u")).isEqualTo(target.shareLink("lineup.m3u"));
    }

    @Test
    void putIfRevisionWritesWhenTheRevisionIsCurrent() throws Exception {
        RemoteFile v1 = target.put("lockfile.json", local("l1", "{\"v\":1}"));
        RemoteFile v2 = target.putIfRevision("lockfile.json", "{\"v\":2}".getBytes(StandardCharsets.UTF_8),
                v1.revision());
        assertThat(v2.revision()).isNotEqualTo(v1.revision());
        assertThat(v2.id()).isEqualTo(v1.id());
        assertThat(new String(read(target, "lockfile.json"), StandardCharsets.UTF_8)).isEqualTo("{\"v\":2}");
    }

    @Test
    void putIfRevisionWithAStaleRevisionIsRemoteChangedAndWritesNothing() throws Exception {
        RemoteFile v1 = target.put("lockfile.json", local("l1", "{\"v\":1}"));
        target.putIfRevision("lockfile.json", "{\"v\":2}".getBytes(StandardCharsets.UTF_8), v1.revision());

        assertThatThrownBy(() -> target.putIfRevision("lockfile.json",
                "{\"v\":3}".getBytes(StandardCharsets.UTF_8), v1.revision()))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.REMOTE_CHANGED));
        assertThat(new String(read(target, "lockfile.json"), StandardCharsets.UTF_8)).isEqualTo("{\"v\":2}");
    }

    @Test
    void putIfRevisionOnAVanishedFileIsRemoteChanged() throws Exception {
        RemoteFile v1 = target.put("lockfile.json", local("l1", "{\"v\":1}"));
        target.delete("lockfile.json");
        assertThatThrownBy(() -> target.putIfRevision("lockfile.json", new byte[] {1}, v1.revision()))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.REMOTE_CHANGED));
        assertThat(target.stat("lockfile.json")).isEmpty();
    }

    @Test
    void createIfAbsentSucceedsOnceAndTheSecondCallerGetsNothing() throws Exception {
        Optional<RemoteFile> first = target.createIfAbsent("lockfile.json", "first".getBytes(StandardCharsets.UTF_8));
        Optional<RemoteFile> second = target.createIfAbsent("lockfile.json", "second".getBytes(StandardCharsets.UTF_8));
        assertThat(first).isPresent();
        assertThat(first.get().size()).isEqualTo(5);
        assertThat(second).isEmpty();
        assertThat(new String(read(target, "lockfile.json"), StandardCharsets.UTF_8)).isEqualTo("first");
        assertThat(target.stat("lockfile.json").orElseThrow().revision()).isEqualTo(first.get().revision());
    }

    @Test
    void deleteIfRevisionDeletesOnlyTheRevisionItWasGiven() throws Exception {
        RemoteFile v1 = target.createIfAbsent("lockfile.json", "one".getBytes(StandardCharsets.UTF_8)).orElseThrow();
        RemoteFile v2 = target.putIfRevision("lockfile.json", "two".getBytes(StandardCharsets.UTF_8), v1.revision());

        assertThat(target.deleteIfRevision("lockfile.json", v1.revision())).isFalse();
        assertThat(target.stat("lockfile.json")).isPresent();
        assertThat(target.deleteIfRevision("lockfile.json", v2.revision())).isTrue();
        assertThat(target.stat("lockfile.json")).isEmpty();
        assertThat(target.deleteIfRevision("lockfile.json", v2.revision())).isFalse();
    }

    @Test
    void deletingAMissingFileIsNotAnError() throws Exception {
        target.delete("never-there.m3u");
        target.put("x.m3u", local("x", "x"));
        target.delete("never-there.m3u");
        assertThat(target.list()).extracting(RemoteFile::name).containsExactly("x.m3u");
    }

    @Test
    void openingAMissingFileFailsWithoutRetry() {
        assertThatThrownBy(() -> read(target, "missing.m3u"))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.kind().retryable()).isFalse());
    }

    @Test
    void shareLinkOfAPublishedFileIsANonEmptyUrl() throws Exception {
        target.put("lineup.m3u", local("s", "#EXTM3U\n"));
        String link = target.shareLink("lineup.m3u");
        assertThat(link).isNotBlank().matches("^[a-z]+:.*");
    }

    @Test
    void namesWithSpacesAndUnicodeRoundTrip() throws Exception {
        String name = "Família TV – Ünïcode 日本 (1).m3u";
        Path file = local("u", "#EXTM3U\n#EXTINF:-1,Ü\nhttp://x.invalid/ü\n");
        target.put(name, file);
        target.put("with space.xml", local("w", "<tv/>"));

        assertThat(target.list()).extracting(RemoteFile::name).containsExactlyInAnyOrder(name, "with space.xml");
        assertThat(target.stat(name).orElseThrow().contentHash()).isEqualTo(target.contentHashOf(file));
        assertThat(read(target, name)).isEqualTo(Files.readAllBytes(file));
        assertThat(target.shareLink(name)).isNotBlank();
        assertThat(target.createIfAbsent("lock ü.json", new byte[] {1})).isPresent();
        assertThat(target.createIfAbsent("lock ü.json", new byte[] {2})).isEmpty();
    }

    @Test
    void aStaleRevisionIsRefusedEvenWhenTheBytesAreIdentical() throws Exception {
        // ABA: the file went v1 "same" -> "other" -> "same" again; a writer holding v1 must still lose.
        RemoteFile v1 = target.createIfAbsent("lockfile.json", bytes("same")).orElseThrow();
        target.putIfRevision("lockfile.json", bytes("other"), v1.revision());
        RemoteFile v3 = target.put("lockfile.json", local("same.txt", "same"));
        assertThat(v3.revision()).isNotEqualTo(v1.revision());

        assertThatThrownBy(() -> target.putIfRevision("lockfile.json", bytes("same"), v1.revision()))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.REMOTE_CHANGED));
        assertThat(target.deleteIfRevision("lockfile.json", v1.revision())).isFalse();
        assertThat(target.stat("lockfile.json").orElseThrow().revision()).isEqualTo(v3.revision());
    }

    @Test
    void namesThatAreNotPlainFileNamesAreRefusedAsBadRequests() {
        for (String bad : new String[] {"../escape.m3u", "sub/dir.m3u", "", ".."}) {
            assertThatThrownBy(() -> target.stat(bad)).as("stat '%s'", bad)
                    .isInstanceOfSatisfying(SyncException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST));
            assertThatThrownBy(() -> target.createIfAbsent(bad, bytes("x"))).as("create '%s'", bad)
                    .isInstanceOfSatisfying(SyncException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST));
        }
    }

    @Test
    void aShareLinkHandedOutBeforeAnOverwriteStaysTheSame() throws Exception {
        target.put("family.m3u", local("one.m3u", "#EXTM3U one\n"));
        String link = target.shareLink("family.m3u");
        target.put("family.m3u", local("two.m3u", "#EXTM3U two\n"));
        assertThat(target.shareLink("family.m3u")).isEqualTo(link);
    }

    @Test
    void serverTimeAfterACallIsNearTheLocalClock() throws Exception {
        target.list();
        assertThat(Duration.between(target.serverTime(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
    }
}
