package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link PublishTarget} must do, run against each implementation (rclone-style). Subclasses
 * hand over a fresh, empty target folder. Minimal version written on the dropbox branch; the sync-core
 * branch owns the full suite.
 */
public abstract class PublishTargetContract {
    protected PublishTarget target;
    @TempDir
    protected Path local;

    protected abstract PublishTarget newTarget() throws Exception;

    @BeforeEach
    void openTarget() throws Exception {
        target = newTarget();
    }

    @AfterEach
    void closeTarget() {
        if (target != null) {
            target.close();
        }
    }

    protected Path file(String name, String text) throws Exception {
        Path p = local.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    protected String read(String name) throws Exception {
        try (InputStream in = target.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void emptyFolderListsNothingAndUnknownFileHasNoStat() throws Exception {
        assertThat(target.list()).isEmpty();
        assertThat(target.stat("missing.m3u")).isEmpty();
    }

    @Test
    void putFileCanBeReadBackWithSizeRevisionAndProviderHash() throws Exception {
        Path f = file("family.m3u", "#EXTM3U\n#EXTINF:-1,One\nhttp://example.invalid/1\n");
        RemoteFile put = target.put("family.m3u", f);
        assertThat(read("family.m3u")).isEqualTo(Files.readString(f));
        RemoteFile stat = target.stat("family.m3u").orElseThrow();
        assertThat(stat.size()).isEqualTo(Files.size(f));
        assertThat(stat.revision()).isEqualTo(put.revision()).isNotBlank();
        assertThat(stat.contentHash()).isEqualTo(target.contentHashOf(f));
        assertThat(target.list()).extracting(RemoteFile::name).containsExactly("family.m3u");
    }

    @Test
    void overwriteKeepsTheFileIdentityAndChangesRevision() throws Exception {
        RemoteFile first = target.put("guide.xml", file("a.xml", "<tv/>"));
        RemoteFile second = target.put("guide.xml", file("b.xml", "<tv><channel id=\"x\"/></tv>"));
        assertThat(second.revision()).isNotEqualTo(first.revision());
        if (first.id() != null) {
            assertThat(second.id()).isEqualTo(first.id());
        }
        assertThat(read("guide.xml")).isEqualTo("<tv><channel id=\"x\"/></tv>");
    }

    @Test
    void putIfRevisionWritesOnlyOverTheExpectedRevision() throws Exception {
        RemoteFile v1 = target.createIfAbsent("lockfile.json", bytes("{\"v\":1}")).orElseThrow();
        RemoteFile v2 = target.putIfRevision("lockfile.json", bytes("{\"v\":2}"), v1.revision());
        assertThat(v2.revision()).isNotEqualTo(v1.revision());
        assertThatThrownBy(() -> target.putIfRevision("lockfile.json", bytes("{\"v\":3}"), v1.revision()))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.REMOTE_CHANGED));
        assertThat(read("lockfile.json")).isEqualTo("{\"v\":2}");
    }

    @Test
    void stalePutIfRevisionIsRefusedEvenWithIdenticalBytes() throws Exception {
        RemoteFile v1 = target.createIfAbsent("lockfile.json", bytes("same")).orElseThrow();
        target.putIfRevision("lockfile.json", bytes("other"), v1.revision());
        RemoteFile v3 = target.put("lockfile.json", file("same.txt", "same"));
        assertThat(v3.revision()).isNotEqualTo(v1.revision());
        assertThatThrownBy(() -> target.putIfRevision("lockfile.json", bytes("same"), v1.revision()))
                .isInstanceOf(SyncException.class);
    }

    @Test
    void createIfAbsentSucceedsOnceAndLeavesTheWinnersContent() throws Exception {
        Optional<RemoteFile> first = target.createIfAbsent("lockfile.json", bytes("mine"));
        Optional<RemoteFile> second = target.createIfAbsent("lockfile.json", bytes("theirs"));
        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(read("lockfile.json")).isEqualTo("mine");
    }

    @Test
    void deleteIfRevisionOnlyDeletesTheExpectedRevision() throws Exception {
        RemoteFile v1 = target.createIfAbsent("lockfile.json", bytes("a")).orElseThrow();
        RemoteFile v2 = target.putIfRevision("lockfile.json", bytes("b"), v1.revision());
        assertThat(target.deleteIfRevision("lockfile.json", v1.revision())).isFalse();
        assertThat(target.stat("lockfile.json")).isPresent();
        assertThat(target.deleteIfRevision("lockfile.json", v2.revision())).isTrue();
        assertThat(target.stat("lockfile.json")).isEmpty();
        assertThat(target.deleteIfRevision("lockfile.json", v2.revision())).isFalse();
    }

    @Test
    void deleteOfMissingFileIsNotAnError() throws Exception {
        target.delete("never-there.m3u");
        target.put("x.m3u", file("x.m3u", "x"));
        target.delete("x.m3u");
        assertThat(target.list()).isEmpty();
    }

    @Test
    void namesWithSlashesAreRefusedAsBadRequests() {
        assertThatThrownBy(() -> target.stat("../escape.m3u"))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST));
    }

    @Test
    void shareLinkIsStableAcrossOverwrites() throws Exception {
        target.put("family.m3u", file("a.m3u", "one"));
        String link = target.shareLink("family.m3u");
        target.put("family.m3u", file("b.m3u", "two"));
        assertThat(link).isNotBlank();
        assertThat(target.shareLink("family.m3u")).isEqualTo(link);
    }

    @Test
    void serverTimeIsNearTheLocalClockAfterACall() throws Exception {
        target.list();
        assertThat(Duration.between(target.serverTime(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
    }

    protected static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
