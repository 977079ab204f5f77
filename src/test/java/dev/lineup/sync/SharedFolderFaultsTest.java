package dev.lineup.sync;

import java.util.function.Consumer;
import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.sync.gdrive.DriveAuth;
import dev.lineup.sync.gdrive.DriveEndpoints;
import dev.lineup.sync.gdrive.DriveTarget;
import dev.lineup.sync.gdrive.DriveTargetConfig;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared-folder failures of issue 10, each on a shared Dropbox folder and on a Drive folder whose
 * listings lag 1–3 s behind writes: a hand edit between publishes, an unfinished publish, a forced
 * takeover in the middle of a publish, and two installations creating the Drive folder at once.
 */
class SharedFolderFaultsTest {
    @TempDir
    Path dir;

    private static Publisher publisher(PublishTarget target, String installation) {
        return new Publisher(leases(target, installation), RetryPacer.standard(), Role.PRIMARY, ProblemHistory.NONE);
    }

    private static LeaseManager leases(PublishTarget target, String installation) {
        LeaseOwner me = LeaseOwner.current("id-" + installation, installation, "t").onMachine("host-" + installation,
                "machine-" + installation);
        return new LeaseManager(target, RetryPacer.standard(), me, Duration.ofSeconds(30));
    }

    private Path stage(String run, String layout, String content) throws Exception {
        String base = FolderIndex.keyOf(layout);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(base + ".m3u", "#EXTM3U\n# " + content + "\n");
        files.put(base + ".xml", "<tv><!-- " + content + " --></tv>");
        files.put(base + ".xml.gz", content);
        return Staging.write(dir.resolve("stage-" + run), layout, files);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dropbox", "gdrive"})
    void aHandEditBetweenPublishesIsRemoteChangedNamingWhoAndTheEditSurvives(String kind) throws Exception {
        try (SharedCloud cloud = SharedCloud.of(kind); PublishTarget living = cloud.target("Living room")) {
            publisher(living, "Living room").publish(stage("1", "Family", "one"), "p");
            cloud.handEdit("family.xml", "<tv>fixed by hand</tv>", "Bob Other");

            SyncProblemException e = catchThrowableOfType(SyncProblemException.class,
                    () -> publisher(living, "Living room").publish(stage("2", "Family", "two"), "p"));

            assertThat(e.problem().kind()).isEqualTo(ProblemKind.REMOTE_CHANGED);
            assertThat(e.problem().facts()).containsEntry("file", "family.xml").containsKey("changedAt");
            assertThat(e.problem().facts().get("changedBy")).startsWith("Bob Other");
            assertThat(cloud.content("family.xml")).hasValue("<tv>fixed by hand</tv>");
            assertThat(cloud.content("family.m3u")).hasValueSatisfying(c -> assertThat(c).contains("one"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dropbox", "gdrive"})
    void anUnfinishedPublishIsReportedAsSuchAndTakenOverAtOnce(String kind) throws Exception {
        try (SharedCloud cloud = SharedCloud.of(kind); PublishTarget living = cloud.target("Living room");
             PublishTarget office = cloud.target("Office PC")) {
            catchThrowableOfType(CancellationException.class, () -> publisher(living, "Living room")
                    .publish(stage("1", "Family", "one"), "p", cancelAtFile(2)));

            LeaseStatus seen = leases(office, "Office PC").status().orElseThrow();
            assertThat(seen.info().state()).isEqualTo("unfinished");
            assertThat(seen.asProblem(office.describe()).cliLine())
                    .startsWith("LeaseHeld: an unfinished publish by \"Living room\" (host host-Living room, since ")
                    .contains("the folder may mix generations", "becomes free at", "or take over now");

            long started = System.nanoTime();
            PublishReport r = publisher(office, "Office PC").publish(stage("2", "Italia", "italia"), "p");
            assertThat(r.takeoverNote()).hasValueSatisfying(n -> assertThat(n)
                    .startsWith("took over the unfinished lease of \"Living room\""));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no waiting for the ttl")
                    .isLessThan(Duration.ofSeconds(25));
            assertThat(cloud.content("italia.xml.gz")).hasValue("italia");
        }
    }

    /** Cancels the publish when it is about to upload its {@code n}th file. */
    private static Publisher.Options cancelAtFile(int n) {
        int[] files = new int[1];
        return Publisher.Options.DEFAULT.watchedBy(null, event -> {
            if (event instanceof PublishEvent.Uploading && ++files[0] == n) {
                throw new CancellationException("publish cancelled");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dropbox", "gdrive"})
    void filesAnInterruptedPublishWroteAreCompletedByTheNextPublishNotTakenForHandEdits(String kind) throws Exception {
        try (SharedCloud cloud = SharedCloud.of(kind); PublishTarget living = cloud.target("Living room")) {
            publisher(living, "Living room").publish(stage("1", "Family", "one"), "p");
            // Stopped after family.m3u, then stopped again before any upload: the folder mixes "two" and "one".
            catchThrowableOfType(CancellationException.class, () -> publisher(living, "Living room")
                    .publish(stage("2", "Family", "two"), "p", cancelAtFile(2)));
            catchThrowableOfType(CancellationException.class, () -> publisher(living, "Living room")
                    .publish(stage("3", "Family", "three"), "p", cancelAtFile(1)));
            assertThat(leases(living, "Living room").status()).as("still marked unfinished")
                    .hasValueSatisfying(st -> assertThat(st.info().unfinished()).isTrue());

            PublishReport done = publisher(living, "Living room").publish(stage("4", "Family", "four"), "p");

            assertThat(done.takeoverNote()).isPresent();
            for (String f : List.of("family.m3u", "family.xml", "family.xml.gz")) {
                assertThat(cloud.content(f)).hasValueSatisfying(c -> assertThat(c).contains("four"));
            }
            assertThat(leases(living, "Living room").status()).as("the folder is settled again").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dropbox", "gdrive"})
    void aHandEditAfterAnInterruptedPublishIsStillRemoteChanged(String kind) throws Exception {
        try (SharedCloud cloud = SharedCloud.of(kind); PublishTarget living = cloud.target("Living room")) {
            publisher(living, "Living room").publish(stage("1", "Family", "one"), "p");
            catchThrowableOfType(CancellationException.class, () -> publisher(living, "Living room")
                    .publish(stage("2", "Family", "two"), "p", cancelAtFile(2)));
            cloud.handEdit("family.xml", "<tv>fixed by hand</tv>", "Bob Other");

            SyncProblemException e = catchThrowableOfType(SyncProblemException.class,
                    () -> publisher(living, "Living room").publish(stage("3", "Family", "three"), "p"));

            assertThat(e.problem().kind()).isEqualTo(ProblemKind.REMOTE_CHANGED);
            assertThat(e.problem().facts()).containsEntry("files", "family.xml");
            assertThat(cloud.content("family.xml")).hasValue("<tv>fixed by hand</tv>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dropbox", "gdrive"})
    void afterAForcedTakeoverTheOldHolderCommitsNothingAndItsLeaseLostNamesTheTaker(String kind) throws Exception {
        try (SharedCloud cloud = SharedCloud.of(kind); PublishTarget living = cloud.target("Living room");
             PublishTarget office = cloud.target("Office PC")) {
            Instant[] takenAt = new Instant[1];
            Lease[] taker = new Lease[1];
            int[] files = new int[1];
            Consumer<PublishEvent> takeOverAtSecondFile = event -> {
                if (event instanceof PublishEvent.Uploading && ++files[0] == 2) {
                    try {
                        LeaseManager m = leases(office, "Office PC");
                        takenAt[0] = Instant.now();
                        taker[0] = m.forceTakeover("take over", ForceConfirmation.of(m.status().orElseThrow()));
                    } catch (SyncException e) {
                        throw new AssertionError(e);
                    }
                }
            };
            SyncProblemException lost = catchThrowableOfType(SyncProblemException.class, () -> publisher(living,
                    "Living room").publish(stage("1", "Family", "one"), "p",
                    Publisher.Options.DEFAULT.watchedBy(null, takeOverAtSecondFile)));

            assertThat(lost.problem().kind()).isEqualTo(ProblemKind.LEASE_LOST);
            assertThat(lost.problem().cliLine()).startsWith("LeaseLost: taken over by \"Office PC\" (host host-Office PC");
            assertThat(cloud.commitsBy("Living room", takenAt[0])).as("commits of the old holder after the takeover")
                    .isEmpty();
            assertThat(leases(office, "Office PC").status().orElseThrow().info().lockId())
                    .isEqualTo(taker[0].info().lockId());
            taker[0].release();
        }
    }

    @Test
    void twoDriveInstallationsCreatingTheFolderAtOnceEndWithOneFolder() throws Exception {
        try (FakeDrive fake = FakeDrive.start()) {
            fake.setListingLag(Duration.ofSeconds(1), Duration.ofSeconds(3));
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<PublishReport>> runs = new java.util.ArrayList<>();
            for (String who : List.of("Living room", "Office PC")) {
                fake.oauth().registerAccessToken("t-" + who, new DriveStore.Account(who, who.charAt(0) + "@example.com"));
                DriveTarget t = new DriveTarget(DriveTargetConfig.of(DriveEndpoints.at(fake.rootUrl()), "Lineup")
                        .withSettle(Duration.ofMillis(3500)), DriveAuth.fromAccessToken("t-" + who));
                Path staged = stage(who, who.startsWith("L") ? "Family" : "Italia", who);
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
                        while (true) {
                            try {
                                return publisher(t, who).publish(staged, "p");
                            } catch (SyncProblemException e) {
                                if (e.problem().kind() != ProblemKind.LEASE_HELD || System.nanoTime() > deadline) {
                                    throw e;
                                }
                                Thread.sleep(300);
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            go.countDown();
            for (CompletableFuture<PublishReport> r : runs) {
                assertThat(r.get().manifestWritten()).isTrue();
            }
            List<DriveStore.FakeFile> folders = fake.store().query(f -> f.name().equals("Lineup")
                    && f.mimeType().equals("application/vnd.google-apps.folder"));
            assertThat(folders).hasSize(1);
            assertThat(fake.file("Lineup", "family.xml.gz")).isPresent();
            assertThat(fake.file("Lineup", "italia.xml.gz")).isPresent();
            FolderIndex index = FolderIndex.parse(fake.file("Lineup", "lineup-manifest.json").orElseThrow().content());
            assertThat(index.layouts()).containsOnlyKeys("family", "italia");
        }
    }
}
