package dev.lineup.sync;

import java.util.function.Consumer;
import dev.lineup.output.Hashing;
import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.local.LocalFolderTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    @TempDir
    Path dir;

    Path remote;
    LocalFolderTarget target;
    InMemoryProblemHistory history = new InMemoryProblemHistory();
    RetryPacer pacer = RetryPacer.standard();

    @BeforeEach
    void setUp() {
        remote = dir.resolve("Dropbox/IPTV");
        target = new LocalFolderTarget(remote);
    }

    LeaseManager leases(String name) {
        return new LeaseManager(target, pacer, LeaseOwner.current("id-" + name, name, "t"), Duration.ofSeconds(60));
    }

    Publisher publisher(String name) {
        return new Publisher(leases(name), pacer, Role.PRIMARY, history);
    }

    Path stage(String run, String m3u, String xml) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("family.m3u", m3u);
        files.put("family.xml", xml);
        return Staging.write(dir.resolve("stage-" + run), "Family", files);
    }

    @Test
    void publishUploadsEverythingWritesTheManifestWithTheLeaseGenerationAndReleases() throws Exception {
        PublishReport r = publisher("PC").publish(stage("1", "#EXTM3U\n", "<tv/>"), "publish layout 'Family'");

        assertThat(r.uploadedCount()).isEqualTo(2);
        assertThat(r.bytesUploaded()).isEqualTo(8 + 5);
        assertThat(r.manifestWritten()).isTrue();
        assertThat(Files.readString(remote.resolve("family.m3u"))).isEqualTo("#EXTM3U\n");
        var manifest = Staging.json(Files.readAllBytes(remote.resolve("lineup-manifest.json")));
        assertThat(manifest.get("generation").asLong()).isEqualTo(r.generation()).isEqualTo(1);
        assertThat(manifest.get("schema").asInt()).isEqualTo(2);
        var family = manifest.get("layouts").get("family");
        assertThat(family.get("name").asText()).isEqualTo("Family");
        assertThat(family.get("owner").get("instanceName").asText()).isEqualTo("PC");
        assertThat(family.get("generation").asLong()).isEqualTo(1);
        assertThat(family.get("files").get(0).get("remoteHash").asText())
                .isEqualTo(target.stat("family.m3u").orElseThrow().contentHash());
        assertThat(family.get("files").get(0).get("sha256").asText())
                .isEqualTo(Hashing.sha256(remote.resolve("family.m3u")));
        assertThat(r.files()).extracting(PublishReport.FileResult::shareLink)
                .containsExactly(remote.resolve("family.m3u").toUri().toString(),
                        remote.resolve("family.xml").toUri().toString());
        assertThat(remote.resolve("lockfile.json")).doesNotExist();
    }

    @Test
    void republishingUnchangedOutputUploadsZeroBytesAndKeepsTheManifest() throws Exception {
        publisher("PC").publish(stage("1", "#EXTM3U\n", "<tv/>"), "p");
        byte[] manifest = Files.readAllBytes(remote.resolve("lineup-manifest.json"));

        PublishReport again = publisher("PC").publish(stage("2", "#EXTM3U\n", "<tv/>"), "p");

        assertThat(again.bytesUploaded()).isZero();
        assertThat(again.skippedCount()).isEqualTo(2);
        assertThat(again.manifestWritten()).isFalse();
        assertThat(Files.readAllBytes(remote.resolve("lineup-manifest.json"))).isEqualTo(manifest);
    }

    @Test
    void onlyTheChangedFileIsUploadedAndTheManifestMovesToTheNewGeneration() throws Exception {
        publisher("PC").publish(stage("1", "#EXTM3U\n", "<tv/>"), "p");
        PublishReport r = publisher("PC").publish(stage("2", "#EXTM3U\n", "<tv><channel id='a'/></tv>"), "p");
        assertThat(r.files()).extracting(PublishReport.FileResult::uploaded).containsExactly(false, true);
        assertThat(r.generation()).isEqualTo(2);
        assertThat(Staging.json(Files.readAllBytes(remote.resolve("lineup-manifest.json"))).get("generation").asLong())
                .isEqualTo(2);
    }

    @Test
    void aFileDroppedFromTheOutputIsRemovedButForeignFilesStay() throws Exception {
        publisher("PC").publish(stage("1", "#EXTM3U\n", "<tv/>"), "p");
        Files.writeString(remote.resolve("notes.txt"), "mine");
        publisher("PC").publish(Staging.write(dir.resolve("s2"), "Family", Map.of("family.m3u", "#EXTM3U\n")), "p");
        assertThat(remote.resolve("family.xml")).doesNotExist();
        assertThat(remote.resolve("notes.txt")).exists();
    }

    @Test
    void whileAnotherInstallationHoldsTheLeaseNothingIsWrittenAndLeaseHeldIsRecorded() throws Exception {
        Lease other = leases("Office PC").acquire("publish layout 'Kids'");
        assertThatThrownBy(() -> publisher("Laptop").publish(stage("1", "#EXTM3U\n", "<tv/>"), "p"))
                .isInstanceOfSatisfying(SyncProblemException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(ProblemKind.LEASE_HELD);
                    assertThat(e.problem().facts()).containsEntry("holder", "Office PC");
                });
        assertThat(Files.list(remote).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("lockfile.json", "lineup-generation.json", ".lineup-folder.lock");
        assertThat(history.recent(10)).extracting(SyncProblem::kind).containsExactly(ProblemKind.LEASE_HELD);
        assertThat(other.release()).isTrue();
    }

    @Test
    void losingTheLeaseMidPublishStopsAtOnceAndLeavesTheNewHoldersLock() throws Exception {
        Path staged = Staging.write(dir.resolve("s"), "Family",
                Map.of("a.m3u", "A", "b.xml", "B", "c.xml.gz", "C"));
        LeaseManager laptop = leases("Laptop");
        List<String> uploaded = new ArrayList<>();
        Lease[] thief = new Lease[1];
        Consumer<PublishEvent> takeOverAfterFirstFile = event -> {
            if (event instanceof PublishEvent.Uploading u) {
                uploaded.add(u.name());
                if (uploaded.size() == 1) {
                    try {
                        thief[0] = laptop.forceTakeover("take", ForceConfirmation.of(laptop.status().orElseThrow()));
                    } catch (SyncException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        };
        assertThatThrownBy(() -> publisher("PC").publish(staged, "p",
                Publisher.Options.DEFAULT.watchedBy(null, takeOverAfterFirstFile)))
                .isInstanceOfSatisfying(SyncProblemException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(ProblemKind.LEASE_LOST);
                    assertThat(e.problem().cliLine()).contains("taken over by \"Laptop\"");
                });
        assertThat(uploaded).hasSize(1);
        // The fence before the commit saw the takeover: not even the file in flight was committed.
        assertThat(Files.list(remote).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                .containsExactlyInAnyOrder("lockfile.json", "lineup-generation.json");
        assertThat(laptop.status().orElseThrow().info().lockId()).isEqualTo(thief[0].info().lockId());
        assertThat(history.recent(1)).extracting(SyncProblem::kind).containsExactly(ProblemKind.LEASE_LOST);
    }

    @Test
    void aManifestChangedBySomeoneElseIsRemoteChangedUnlessOverwriteIsChosen() throws Exception {
        publisher("PC").publish(stage("1", "#EXTM3U\n", "<tv/>"), "p");
        Consumer<PublishEvent> editDuringUpload = event -> {
            if (event instanceof PublishEvent.Uploading) {
                try {
                    Files.writeString(remote.resolve("lineup-manifest.json"), "{\"edited\":true}");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        };
        Path next = stage("2", "#EXTM3U\n#EXTINF:-1,New\nhttp://x.invalid\n", "<tv/>");
        assertThatThrownBy(() -> publisher("PC").publish(next, "p", Publisher.Options.DEFAULT.watchedBy(null, editDuringUpload)))
                .isInstanceOfSatisfying(SyncProblemException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(ProblemKind.REMOTE_CHANGED);
                    assertThat(e.problem().facts()).containsEntry("file", "lineup-manifest.json");
                    assertThat(e.problem().actions()).containsExactly(RecoveryAction.OVERWRITE,
                            RecoveryAction.KEEP_THEIRS, RecoveryAction.RE_OUTPUT);
                });
        assertThat(Files.readString(remote.resolve("lineup-manifest.json"))).isEqualTo("{\"edited\":true}");
        // The playlist was already overwritten: the lock stays so the folder does not look finished.
        assertThat(remote.resolve("lockfile.json")).exists();

        PublishReport r = publisher("PC").publish(next, "p",
                new Publisher.Options(true, null));
        assertThat(r.takeoverNote()).hasValueSatisfying(n -> assertThat(n).contains("unfinished publish"));
        assertThat(remote.resolve("lockfile.json")).doesNotExist();
        assertThat(Staging.json(Files.readAllBytes(remote.resolve("lineup-manifest.json"))).get("generation").asLong())
                .isEqualTo(r.generation());
    }

    @Test
    void aSecondaryNeverTakesTheLease() throws Exception {
        Path staged = stage("1", "#EXTM3U\n", "<tv/>");
        for (Role role : List.of(Role.SECONDARY_LOCAL, Role.SECONDARY_MIRROR)) {
            Publisher p = new Publisher(leases("PC"), pacer, role, history);
            assertThatThrownBy(() -> p.publish(staged, "p")).isInstanceOf(NotPrimaryException.class)
                    .hasMessageContaining(role.word()).hasMessageContaining("only a primary publishes");
        }
        assertThat(remote).doesNotExist();
    }

    @Test
    void aDamagedStagingFolderIsRefusedBeforeTheLeaseNamingTheFile() throws Exception {
        Path staged = stage("1", "#EXTM3U\n", "<tv/>");
        Files.writeString(staged.resolve("family.xml"), "<tv>changed after render</tv>");
        assertThatThrownBy(() -> publisher("PC").publish(staged, "p")).isInstanceOf(StagedFolderException.class)
                .hasMessageContaining("family.xml").hasMessageContaining("render");
        assertThatThrownBy(() -> publisher("PC").publish(dir.resolve("nothing"), "p"))
                .isInstanceOf(StagedFolderException.class).hasMessageContaining("lineup-manifest.json");
        assertThat(remote).doesNotExist();
    }
}
