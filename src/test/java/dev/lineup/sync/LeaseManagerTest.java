package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.local.LocalFolderTarget;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaseManagerTest {
    @TempDir
    Path folder;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:01:05Z"));
    LocalFolderTarget target;
    RetryPacer pacer;

    @BeforeEach
    void setUp() {
        target = new LocalFolderTarget(folder, clock);
        pacer = new RetryPacer(3, Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofMinutes(1), clock,
                clock.sleeper(), new Random(1), null);
    }

    LeaseManager manager(String name) {
        return new LeaseManager(target, pacer, LeaseOwner.current(UUID.randomUUID().toString(), name, "test"),
                Duration.ofSeconds(120));
    }

    static SyncException thrown(ThrowingRunnable r) {
        try {
            r.run();
        } catch (SyncException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a SyncException, got " + e, e);
        }
        throw new AssertionError("expected a SyncException, nothing was thrown");
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void theLockfileHasExactlyTheDesignSchema() throws Exception {
        Lease lease = manager("Living-room PC").acquire("publish layout 'Family'");
        var json = Staging.json(Files.readAllBytes(folder.resolve("lockfile.json")));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema", "lockId", "purpose", "owner", "acquiredAt", "heartbeatAt",
                "ttlSeconds", "generation", "state");
        assertThat(json.get("state").asText()).isEqualTo("live");
        List<String> ownerKeys = new ArrayList<>();
        json.get("owner").fieldNames().forEachRemaining(ownerKeys::add);
        assertThat(ownerKeys).containsExactly("instanceId", "instanceName", "host", "user", "pid", "appVersion",
                "machineId");
        assertThat(json.get("purpose").asText()).isEqualTo("publish layout 'Family'");
        assertThat(json.get("owner").get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(json.get("acquiredAt").asText()).isEqualTo("2026-11-22T10:01:05Z");
        assertThat(json.get("ttlSeconds").asLong()).isEqualTo(120);
        assertThat(json.get("generation").asLong()).isEqualTo(lease.generation()).isEqualTo(1);
    }

    @Test
    void aSecondInstanceGetsLeaseHeldNamingTheHolderAndHeartbeatAge() throws Exception {
        manager("Office PC").acquire("publish layout 'Family'");
        clock.advance(Duration.ofSeconds(12));

        SyncException e = thrown(() -> manager("Laptop").acquire("publish layout 'Kids'"));

        SyncProblem p = ((SyncProblemException) e).problem();
        assertThat(p.kind()).isEqualTo(ProblemKind.LEASE_HELD);
        assertThat(p.cliLine()).isEqualTo(String.format(
                "LeaseHeld: held by \"Office PC\" (host %s, pid %d) since 2026-11-22T10:01:05Z, heartbeat 12 s ago",
                LeaseOwner.localHost(), ProcessHandle.current().pid()));
        assertThat(p.facts()).containsEntry("holder", "Office PC").containsEntry("heartbeatAgeSeconds", "12");
        assertThat(p.actions()).containsExactly(RecoveryAction.WAIT_AND_RETRY, RecoveryAction.FORCE_TAKEOVER,
                RecoveryAction.MAKE_SECONDARY, RecoveryAction.USE_SEPARATE_FOLDER, RecoveryAction.CANCEL);
    }

    @Test
    void aLeaseWithoutHeartbeatForItsTtlByServerTimeIsTakenOverAndTheOldHolderLosesIt() throws Exception {
        Lease old = manager("Office PC").acquire("publish");
        clock.advance(Duration.ofSeconds(119));
        assertThat(manager("Laptop").status().orElseThrow().stale()).isFalse();
        clock.advance(Duration.ofSeconds(2));

        Lease taken = manager("Laptop").acquire("publish");

        assertThat(taken.takeoverNote()).hasValueSatisfying(n -> assertThat(n)
                .contains("stale", "Office PC", "no heartbeat for 121 s"));
        assertThat(taken.generation()).isEqualTo(old.generation() + 1);
        SyncException lost = thrown(old::ensureHeld);
        assertThat(lost.kind()).isEqualTo(ProblemKind.LEASE_LOST);
        assertThat(lost.getMessage()).contains("LeaseLost: taken over by \"Laptop\"");
        assertThat(old.release()).isFalse();
        assertThat(manager("x").status().orElseThrow().info().lockId()).isEqualTo(taken.info().lockId());
    }

    @Test
    void aLeaseOfADeadProcessOnThisHostIsStaleAtOnce() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        LeaseOwner dead = new LeaseOwner("other-install", "Crashed PC", LeaseOwner.localHost(), "u", p.pid(), "0.1",
                MachineIdentity.current());
        new LeaseManager(target, pacer, dead, Duration.ofSeconds(120)).acquire("publish");

        Lease lease = manager("Laptop").acquire("publish");

        assertThat(lease.takeoverNote()).hasValueSatisfying(n -> assertThat(n)
                .contains("process " + p.pid(), "no longer running"));
    }

    @Test
    void aDeadPidOnAnotherHostIsNotProofOfAnything() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        LeaseOwner remote = new LeaseOwner("other", "Office PC", "some-other-host", "u", p.pid(), "0.1");
        new LeaseManager(target, pacer, remote, Duration.ofSeconds(120)).acquire("publish");

        assertThat(thrown(() -> manager("Laptop").acquire("publish")).kind()).isEqualTo(ProblemKind.LEASE_HELD);
    }

    @Test
    void twoComputersWhoseHostNamesDidNotResolveNeverCountAsTheSameHost() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        LeaseOwner elsewhere = new LeaseOwner("other", "Office PC", "unknown-host", "u", p.pid(), "0.1", "");
        new LeaseManager(target, pacer, elsewhere, Duration.ofSeconds(120)).acquire("publish");
        LeaseOwner meUnknown = LeaseOwner.current("me", "Laptop", "t").onMachine("unknown-host", "");

        SyncException e = thrown(() -> new LeaseManager(target, pacer, meUnknown, Duration.ofSeconds(120))
                .acquire("publish"));

        assertThat(e.kind()).isEqualTo(ProblemKind.LEASE_HELD);
        assertThat(e.getMessage()).doesNotContain("stale");
    }

    @Test
    void anUnfinishedLeaseSaysSoAndIsTakenOverAtOnceWithoutConfirmation() throws Exception {
        Lease office = manager("Office PC").acquire("publish layout 'Kids'");
        office.abandon();

        LeaseStatus seen = manager("Laptop").status().orElseThrow();
        assertThat(seen.info().state()).isEqualTo("unfinished");
        SyncProblem shown = seen.asProblem("t");
        assertThat(shown.cliLine()).startsWith("LeaseHeld: an unfinished publish by \"Office PC\"")
                .contains("may mix generations", "becomes free at", "or take over now");
        assertThat(shown.facts()).containsEntry("state", "unfinished").containsKey("freeAt");

        Lease mine = manager("Laptop").acquire("publish");
        assertThat(mine.takeoverNote()).hasValueSatisfying(n -> assertThat(n)
                .startsWith("took over the unfinished lease of \"Office PC\""));
    }

    @Test
    void aLiveLeaseIsTakenOnlyWithAConfirmationNamingItsLockId() throws Exception {
        Lease office = manager("Office PC").acquire("publish");
        LeaseManager laptop = manager("Laptop");

        SyncException wrong = thrown(() -> laptop.forceTakeover("publish", new ForceConfirmation("some-old-lock")));
        assertThat(wrong.kind()).isEqualTo(ProblemKind.LEASE_HELD);
        assertThat(office.isLost()).isFalse();
        office.ensureHeld();

        Lease forced = laptop.forceTakeover("publish", ForceConfirmation.of(laptop.status().orElseThrow()));

        assertThat(forced.takeoverNote()).hasValueSatisfying(n -> assertThat(n).contains("live", "as confirmed"));
        assertThat(thrown(office::ensureHeld).kind()).isEqualTo(ProblemKind.LEASE_LOST);
        assertThat(office.isLost()).isTrue();
    }

    @Test
    void aHeartbeatAfterSomeoneRewroteTheLockfileIsLeaseLostAndWritesNothing() throws Exception {
        Lease lease = manager("Office PC").acquire("publish");
        byte[] foreign = "{\"schema\":1,\"lockId\":\"x\"}".getBytes();
        target.putIfRevision("lockfile.json", foreign, target.stat("lockfile.json").orElseThrow().revision());

        SyncException e = thrown(lease::heartbeat);

        assertThat(e.kind()).isEqualTo(ProblemKind.LEASE_LOST);
        assertThat(Files.readAllBytes(folder.resolve("lockfile.json"))).isEqualTo(foreign);
        assertThat(thrown(lease::ensureHeld).kind()).isEqualTo(ProblemKind.LEASE_LOST);
    }

    @Test
    void aHeartbeatMovesHeartbeatAtAndKeepsTheLease() throws Exception {
        Lease lease = manager("Office PC").acquire("publish");
        clock.advance(Duration.ofSeconds(40));
        lease.heartbeat();
        var json = Staging.json(Files.readAllBytes(folder.resolve("lockfile.json")));
        assertThat(json.get("heartbeatAt").asText()).isEqualTo("2026-11-22T10:01:45Z");
        clock.advance(Duration.ofSeconds(100));
        assertThat(manager("x").status().orElseThrow().stale()).isFalse();
    }

    @Test
    void releaseDeletesTheLockfileAndGenerationsKeepGrowingAcrossHolders() throws Exception {
        List<Long> generations = new ArrayList<>();
        for (String who : List.of("A", "B", "A", "C")) {
            Lease l = manager(who).acquire("publish");
            generations.add(l.generation());
            assertThat(l.release()).isTrue();
            assertThat(target.stat("lockfile.json")).isEmpty();
        }
        Lease abandoned = manager("D").acquire("publish");
        clock.advance(Duration.ofMinutes(5));
        generations.add(abandoned.generation());
        generations.add(manager("E").acquire("publish").generation());
        assertThat(generations).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void theNextGenerationAlsoCountsPastThePublishedManifest() throws Exception {
        Files.writeString(folder.resolve("lineup-manifest.json"), "{\"schema\":1,\"generation\":41,\"files\":[]}");
        assertThat(manager("A").acquire("publish").generation()).isEqualTo(42);
    }

    @Test
    void anUnreadableLockfileCountsAsHeldUntilItsTtlPasses() throws Exception {
        Files.writeString(folder.resolve("lockfile.json"), "not json");
        target = new LocalFolderTarget(folder, () -> Instant.now());
        LeaseManager m = new LeaseManager(target, pacer, LeaseOwner.current("i", "Laptop", "t"),
                Duration.ofSeconds(120));
        SyncException e = thrown(() -> m.acquire("publish"));
        assertThat(e.getMessage()).contains("unknown (unreadable lockfile.json)");
        target = new LocalFolderTarget(folder, () -> Instant.now().plusSeconds(300));
        assertThat(new LeaseManager(target, pacer, LeaseOwner.current("i", "Laptop", "t"), Duration.ofSeconds(120))
                .acquire("publish").takeoverNote()).isPresent();
    }

    @Test
    void backgroundHeartbeatsKeepALongPublishAlive() throws Exception {
        LocalFolderTarget real = new LocalFolderTarget(folder);
        LeaseManager m = new LeaseManager(real, RetryPacer.standard(), LeaseOwner.current("i", "PC", "t"),
                Duration.ofSeconds(1));
        Lease lease = m.acquire("publish");
        String first = lease.info().heartbeatAt().toString();
        lease.startHeartbeats();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String seen = first;
        while (seen.equals(first) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            try (InputStream in = real.open("lockfile.json")) {
                seen = Staging.json(in.readAllBytes()).get("heartbeatAt").asText();
            }
        }
        assertThat(seen).isNotEqualTo(first);
        assertThat(lease.release()).isTrue();
    }
}
