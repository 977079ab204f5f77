package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link PublishTarget} must do, whatever the provider. A subclass returns a target on an
 * empty folder of its own from each {@link #newTarget()} call.
 */
public abstract class PublishTargetContract {

    @TempDir
    protected Path tmp;

    protected abstract PublishTarget newTarget() throws Exception;

    protected Path localFile(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String read(PublishTarget t, String name) throws Exception {
        try (InputStream in = t.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void emptyFolderListsNothingAndStatsNothing() throws Exception {
        try (PublishTarget t = newTarget()) {
            assertThat(t.list()).isEmpty();
            assertThat(t.stat("absent.m3u")).isEmpty();
        }
    }

    @Test
    void putFileCanBeListedStattedAndReadBackWithTheLocalHash() throws Exception {
        try (PublishTarget t = newTarget()) {
            Path local = localFile("family.m3u", "#EXTM3U\n#EXTINF:-1,One\nhttp://example.test/1\n");
            RemoteFile put = t.put("family.m3u", local);
            assertThat(put.name()).isEqualTo("family.m3u");
            assertThat(put.size()).isEqualTo(Files.size(local));
            assertThat(put.contentHash()).isEqualTo(t.contentHashOf(local));
            assertThat(t.stat("family.m3u")).get().extracting(RemoteFile::contentHash).isEqualTo(put.contentHash());
            assertThat(t.list()).extracting(RemoteFile::name).containsExactly("family.m3u");
            assertThat(read(t, "family.m3u")).isEqualTo(Files.readString(local));
        }
    }

    @Test
    void overwriteKeepsTheFileIdentityAndChangesTheRevision() throws Exception {
        try (PublishTarget t = newTarget()) {
            RemoteFile first = t.put("guide.xml", localFile("a.xml", "<tv/>"));
            RemoteFile second = t.put("guide.xml", localFile("b.xml", "<tv><channel id=\"x\"/></tv>"));
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(second.revision()).isNotEqualTo(first.revision());
            assertThat(t.list()).hasSize(1);
            assertThat(read(t, "guide.xml")).isEqualTo("<tv><channel id=\"x\"/></tv>");
        }
    }

    @Test
    void putIfRevisionWritesOnlyOverTheExpectedRevision() throws Exception {
        try (PublishTarget t = newTarget()) {
            RemoteFile v1 = t.put("lockfile.json", localFile("l.json", "{\"v\":1}"));
            RemoteFile v2 = t.putIfRevision("lockfile.json", "{\"v\":2}".getBytes(StandardCharsets.UTF_8), v1.revision());
            assertThat(v2.revision()).isNotEqualTo(v1.revision());
            assertThatThrownBy(() -> t.putIfRevision("lockfile.json", "{\"v\":3}".getBytes(StandardCharsets.UTF_8),
                    v1.revision())).isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.REMOTE_CHANGED));
            assertThat(read(t, "lockfile.json")).isEqualTo("{\"v\":2}");
        }
    }

    @Test
    void createIfAbsentCreatesOnceAndKeepsTheFirstContent() throws Exception {
        try (PublishTarget t = newTarget()) {
            Optional<RemoteFile> first = t.createIfAbsent("lockfile.json", "first".getBytes(StandardCharsets.UTF_8));
            Optional<RemoteFile> second = t.createIfAbsent("lockfile.json", "second".getBytes(StandardCharsets.UTF_8));
            assertThat(first).isPresent();
            assertThat(second).isEmpty();
            assertThat(read(t, "lockfile.json")).isEqualTo("first");
            assertThat(t.list()).hasSize(1);
        }
    }

    @Test
    void deleteIfRevisionDeletesOnlyTheExpectedRevision() throws Exception {
        try (PublishTarget t = newTarget()) {
            RemoteFile v1 = t.createIfAbsent("lockfile.json", "a".getBytes(StandardCharsets.UTF_8)).orElseThrow();
            RemoteFile v2 = t.putIfRevision("lockfile.json", "b".getBytes(StandardCharsets.UTF_8), v1.revision());
            assertThat(t.deleteIfRevision("lockfile.json", v1.revision())).isFalse();
            assertThat(t.stat("lockfile.json")).isPresent();
            assertThat(t.deleteIfRevision("lockfile.json", v2.revision())).isTrue();
            assertThat(t.stat("lockfile.json")).isEmpty();
            assertThat(t.deleteIfRevision("lockfile.json", v2.revision())).isFalse();
        }
    }

    @Test
    void deleteRemovesTheFileAndIgnoresAMissingOne() throws Exception {
        try (PublishTarget t = newTarget()) {
            t.put("old.m3u", localFile("old.m3u", "#EXTM3U\n"));
            t.delete("old.m3u");
            t.delete("old.m3u");
            t.delete("never-there.m3u");
            assertThat(t.list()).isEmpty();
        }
    }

    @Test
    void shareLinkIsAnAbsoluteUrl() throws Exception {
        try (PublishTarget t = newTarget()) {
            t.put("family.m3u", localFile("family.m3u", "#EXTM3U\n"));
            assertThat(t.shareLink("family.m3u")).matches("(https?|file)://.+");
        }
    }

    @Test
    void serverTimeIsCloseToNow() throws Exception {
        try (PublishTarget t = newTarget()) {
            t.list();
            assertThat(Duration.between(t.serverTime(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
        }
    }
}
