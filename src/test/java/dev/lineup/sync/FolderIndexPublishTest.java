package dev.lineup.sync;

import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.local.LocalFolderTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder index: installations sharing one folder never replace, delete or silently overwrite each other. */
class FolderIndexPublishTest {
    @TempDir
    Path dir;

    Path remote;
    LocalFolderTarget target;
    RetryPacer pacer = RetryPacer.standard();

    @BeforeEach
    void setUp() {
        remote = dir.resolve("Shared/Lineup");
        target = new LocalFolderTarget(remote);
    }

    Publisher publisher(String installation) {
        return new Publisher(new LeaseManager(target, pacer, LeaseOwner.current("id-" + installation, installation,
                "t"), Duration.ofSeconds(60)), pacer, Role.PRIMARY, ProblemHistory.NONE);
    }

    Path stage(String run, String layout, String content) throws Exception {
        String base = FolderIndex.keyOf(layout);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(base + ".m3u", "#EXTM3U\n" + content + "\n");
        files.put(base + ".xml", "<tv>" + content + "</tv>");
        return Staging.write(dir.resolve("stage-" + run), layout, files);
    }

    FolderIndex index() throws Exception {
        return FolderIndex.parse(Files.readAllBytes(remote.resolve("lineup-manifest.json")));
    }

    @Test
    void twoInstallationsPublishingDifferentLayoutsKeepEachOthersFilesAndEntries() throws Exception {
        publisher("Living-room PC").publish(stage("a1", "Family", "a1"), "p");
        publisher("Office PC").publish(stage("c1", "Italia", "c1"), "p");
        publisher("Living-room PC").publish(stage("a2", "Family", "a2"), "p");

        assertThat(Files.readString(remote.resolve("family.m3u"))).contains("a2");
        assertThat(Files.readString(remote.resolve("italia.m3u"))).contains("c1");
        assertThat(Files.readString(remote.resolve("italia.xml"))).isEqualTo("<tv>c1</tv>");
        FolderIndex index = index();
        assertThat(index.layouts()).containsOnlyKeys("family", "italia");
        assertThat(index.layouts().get("italia").owner().instanceName()).isEqualTo("Office PC");
        assertThat(index.layouts().get("family").owner().instanceName()).isEqualTo("Living-room PC");
        assertThat(index.layouts().get("family").generation()).isEqualTo(index.generation()).isEqualTo(3);
        assertThat(index.layouts().get("italia").generation()).isEqualTo(2);
    }

    @Test
    void theSameLayoutFromASecondInstallationIsATypedProblemThatChangesNothing() throws Exception {
        publisher("Living-room PC").publish(stage("a1", "Family", "a1"), "p");
        byte[] before = Files.readAllBytes(remote.resolve("lineup-manifest.json"));

        SyncProblemException e = catchThrowableOfType(SyncProblemException.class,
                () -> publisher("Office PC").publish(stage("b1", "Family", "b1"), "p"));

        assertThat(e.problem().kind()).isEqualTo(ProblemKind.LAYOUT_OWNED_ELSEWHERE);
        assertThat(e.problem().cliLine()).startsWith("LayoutOwnedElsewhere: layout \"Family\" in this folder belongs to"
                + " \"Living-room PC\" (host " + LeaseOwner.localHost() + "), last published ");
        assertThat(e.problem().actions()).containsExactly(RecoveryAction.PUBLISH_UNDER_OTHER_NAME,
                RecoveryAction.TAKE_OVER_LAYOUT, RecoveryAction.MAKE_SECONDARY, RecoveryAction.USE_SEPARATE_FOLDER);
        assertThat(Files.readString(remote.resolve("family.m3u"))).contains("a1");
        assertThat(Files.readAllBytes(remote.resolve("lineup-manifest.json"))).isEqualTo(before);
        assertThat(remote.resolve("lockfile.json")).doesNotExist();

        publisher("Office PC").publish(stage("b2", "Family", "b2"), "p", Publisher.Options.DEFAULT.takingOverLayouts());
        assertThat(index().layouts().get("family").owner().instanceName()).isEqualTo("Office PC");
        assertThat(Files.readString(remote.resolve("family.m3u"))).contains("b2");
    }

    @Test
    void aHandEditBetweenPublishesIsRemoteChangedAndSurvivesUnlessOverwriteOrKeepTheirsIsChosen() throws Exception {
        publisher("PC").publish(stage("1", "Family", "one"), "p");
        Files.writeString(remote.resolve("family.xml"), "<tv>edited by hand</tv>");

        SyncProblemException e = catchThrowableOfType(SyncProblemException.class,
                () -> publisher("PC").publish(stage("2", "Family", "two"), "p"));

        assertThat(e.problem().kind()).isEqualTo(ProblemKind.REMOTE_CHANGED);
        assertThat(e.problem().facts()).containsEntry("file", "family.xml")
                .containsEntry("changedBy", "changed outside Lineup").containsKey("changedAt");
        assertThat(Files.readString(remote.resolve("family.xml"))).isEqualTo("<tv>edited by hand</tv>");
        assertThat(Files.readString(remote.resolve("family.m3u"))).contains("one");
        assertThat(remote.resolve("lockfile.json")).doesNotExist();

        publisher("PC").publish(stage("3", "Family", "three"), "p",
                Publisher.Options.DEFAULT.keepingTheirs(Set.of("family.xml")));
        assertThat(Files.readString(remote.resolve("family.xml"))).isEqualTo("<tv>edited by hand</tv>");
        assertThat(Files.readString(remote.resolve("family.m3u"))).contains("three");
        assertThat(index().layouts().get("family").file("family.xml").orElseThrow().keptTheirs()).isTrue();

        publisher("PC").publish(stage("4", "Family", "four"), "p",
                new Publisher.Options(true, null));
        assertThat(Files.readString(remote.resolve("family.xml"))).isEqualTo("<tv>four</tv>");
        assertThat(index().layouts().get("family").file("family.xml").orElseThrow().keptTheirs()).isFalse();
    }

    @Test
    void aHandEditedIndexIsRemoteChangedAndNotPublishedOverUnlessOverwriteIsChosen() throws Exception {
        publisher("PC").publish(stage("1", "Family", "one"), "p");
        Path index = remote.resolve("lineup-manifest.json");
        Files.writeString(index, Files.readString(index).replaceFirst("\"generation\" : 1", "\"generation\" : 100"));
        String edited = Files.readString(index);

        SyncProblemException e = catchThrowableOfType(SyncProblemException.class,
                () -> publisher("PC").publish(stage("2", "Family", "two"), "p"));

        assertThat(e.problem().kind()).isEqualTo(ProblemKind.REMOTE_CHANGED);
        assertThat(e.problem().facts()).containsEntry("file", "lineup-manifest.json");
        assertThat(e.problem().cliLine()).contains("the folder index no longer matches what Lineup wrote");
        assertThat(Files.readString(index)).isEqualTo(edited);
        assertThat(Files.readString(remote.resolve("family.m3u"))).contains("one");

        publisher("PC").publish(stage("3", "Family", "three"), "p", new Publisher.Options(true, null));
        assertThat(index().intact()).isTrue();
        assertThat(Files.readString(remote.resolve("family.m3u"))).contains("three");
    }

    @Test
    void aSchemaOneManifestIsMigratedAndItsOwnersFilesStay() throws Exception {
        Files.createDirectories(remote);
        Files.writeString(remote.resolve("family.m3u"), "#EXTM3U\nold\n");
        Files.writeString(remote.resolve("family.xml.gz"), "gz");
        Files.writeString(remote.resolve("lineup-manifest.json"), "{\"schema\":1,\"layout\":\"Family\",\"generation\":12,"
                + "\"createdAt\":\"2026-11-20T10:00:00Z\",\"instance\":{\"id\":\"id-Living-room PC\",\"name\":\"Living-room PC\"},"
                + "\"files\":[{\"name\":\"family.m3u\",\"size\":12,\"sha256\":\"" + "0".repeat(64) + "\"},"
                + "{\"name\":\"family.xml.gz\",\"size\":2,\"sha256\":\"" + "1".repeat(64) + "\"}]}");

        publisher("Office PC").publish(stage("c1", "Italia", "c1"), "p");

        assertThat(Files.readString(remote.resolve("family.m3u"))).isEqualTo("#EXTM3U\nold\n");
        assertThat(remote.resolve("family.xml.gz")).exists();
        FolderIndex index = index();
        assertThat(index.layouts()).containsOnlyKeys("family", "italia");
        assertThat(index.layouts().get("family").owner().instanceName()).isEqualTo("Living-room PC");
        assertThat(index.layouts().get("family").generation()).isEqualTo(12);
        assertThat(index.generation()).isEqualTo(13);
    }

    @Test
    void aFileNoEntryListsIsLeftAlone() throws Exception {
        publisher("PC").publish(stage("1", "Family", "one"), "p");
        Files.writeString(remote.resolve("readme.txt"), "mine");
        PublishReport r = publisher("PC").publish(Staging.write(dir.resolve("s2"), "Family",
                Map.of("family.m3u", "#EXTM3U\n")), "p");
        assertThat(r.leftAlone()).containsExactly("readme.txt");
        assertThat(remote.resolve("family.xml")).as("our own dropped file goes").doesNotExist();
        assertThat(remote.resolve("readme.txt")).exists();
    }
}
