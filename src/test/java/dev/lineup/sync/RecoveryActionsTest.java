package dev.lineup.sync;

import dev.lineup.model.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.sync.local.LocalFolderTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryActionsTest {
    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    LocalFolderTarget target;
    RetryPacer pacer;
    InMemoryProblemHistory history = new InMemoryProblemHistory();
    List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        target = new LocalFolderTarget(dir.resolve("remote"), clock);
        pacer = new RetryPacer(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMinutes(1), clock,
                clock.sleeper(), new Random(1), null);
    }

    LeaseManager leases(String who) {
        return new LeaseManager(target, pacer, LeaseOwner.current("id-" + who, who, "t"), Duration.ofSeconds(120));
    }

    RecoveryActions actions(RecoveryActions.Hooks hooks) {
        return new RecoveryActions(leases("Laptop"), pacer, history, hooks);
    }

    RecoveryActions.Hooks allHooks() {
        return new RecoveryActions.Hooks(() -> calls.add("reauthorize"), () -> calls.add("re-output"),
                role -> calls.add("role " + role.word()), folder -> calls.add("folder " + folder));
    }

    @Test
    void aLiveLockIsNotDeletedAsStaleAndTheAttemptIsRecorded() throws Exception {
        leases("Office PC").acquire("publish");
        assertThatThrownBy(() -> actions(allHooks()).takeOverStaleLock())
                .isInstanceOfSatisfying(SyncProblemException.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(ProblemKind.LEASE_HELD));
        assertThat(target.stat("lockfile.json")).isPresent();
        assertThat(history.counts()).containsEntry(ProblemKind.LEASE_HELD, 1L);
    }

    @Test
    void aStaleLockIsDeletedByCompareAndDelete() throws Exception {
        leases("Office PC").acquire("publish");
        clock.advance(Duration.ofMinutes(3));
        Optional<LeaseInfo> removed = actions(allHooks()).takeOverStaleLock();
        assertThat(removed).hasValueSatisfying(i -> assertThat(i.owner().instanceName()).isEqualTo("Office PC"));
        assertThat(target.stat("lockfile.json")).isEmpty();
        assertThat(leases("Laptop").acquire("publish").generation()).isEqualTo(2);
    }

    @Test
    void forceDeletingALiveLockNeedsTheConfirmedLockId() throws Exception {
        Lease office = leases("Office PC").acquire("publish");
        RecoveryActions a = actions(allHooks());
        assertThatThrownBy(() -> a.forceDeleteLiveLock(new ForceConfirmation("not-the-shown-lock")))
                .isInstanceOf(SyncProblemException.class);
        assertThat(target.stat("lockfile.json")).isPresent();

        assertThat(a.forceDeleteLiveLock(new ForceConfirmation(office.info().lockId()))).isPresent();
        assertThat(target.stat("lockfile.json")).isEmpty();
        assertThatThrownBy(office::ensureHeld).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.kind()).isEqualTo(ProblemKind.LEASE_LOST));
    }

    @Test
    void waitAndRetryRunsTheOperationOnceTheHolderIsDone() throws Exception {
        Lease office = leases("Office PC").acquire("publish");
        List<Duration> waited = new ArrayList<>();
        RetryPacer releasingOnFirstWait = new RetryPacer(2, Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ofMinutes(1), clock, d -> {
                    waited.add(d);
                    clock.advance(d);
                    if (waited.size() == 2) {
                        try {
                            office.release();
                        } catch (SyncException e) {
                            throw new AssertionError(e);
                        }
                    }
                }, new Random(1), null);
        RecoveryActions a = new RecoveryActions(leases("Laptop"), releasingOnFirstWait, history, allHooks());
        String result = a.waitAndRetry(Duration.ofMinutes(5), Duration.ofSeconds(5), () -> "published");
        assertThat(result).isEqualTo("published");
        assertThat(waited).hasSize(2);
    }

    @Test
    void waitAndRetryGivesUpWithLeaseHeldAfterTheMaximumWait() throws Exception {
        Lease office = leases("Office PC").acquire("publish");
        office.heartbeat();
        RecoveryActions a = actions(allHooks());
        assertThatThrownBy(() -> a.waitAndRetry(Duration.ofSeconds(30), Duration.ofSeconds(10), () -> "never"))
                .isInstanceOfSatisfying(SyncProblemException.class,
                        e -> assertThat(e.problem().facts()).containsEntry("holder", "Office PC"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-22T10:00:30Z"));
    }

    @Test
    void cancellingTheWaitForABusyFolderStopsAtTheNextPollAndPublishesNothing() throws Exception {
        Lease office = leases("Office PC").acquire("publish");
        office.heartbeat();
        dev.lineup.task.Cancellation cancel = new dev.lineup.task.Cancellation();
        List<Duration> waited = new ArrayList<>();
        RetryPacer cancelledWhileWaiting = new RetryPacer(2, Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ofMinutes(1), clock, d -> {
                    waited.add(d);
                    clock.advance(d);
                    cancel.cancel(); // the user presses Cancel while the wizard waits
                }, new Random(1), null);
        RecoveryActions a = new RecoveryActions(leases("Laptop"), cancelledWhileWaiting, history, allHooks());

        assertThatThrownBy(() -> a.waitAndRetry(Duration.ofMinutes(10), Duration.ofSeconds(5), cancel, () -> "published"))
                .isInstanceOf(java.util.concurrent.CancellationException.class);

        assertThat(waited).as("one poll, not ten minutes of them").hasSize(1);
        assertThat(leases("Office PC").status()).as("their lock is untouched").isPresent();
    }

    @Test
    void cleanSlateDeletesEveryPublishedFileThenReOutputsAndGenerationsStillGrow() throws Exception {
        new Publisher(leases("PC"), pacer, Role.PRIMARY, history).publish(Staging.write(dir.resolve("s"), "Family",
                Map.of("family.m3u", "#EXTM3U\n", "family.xml", "<tv/>")), "p");
        Files.writeString(dir.resolve("remote/old-broken.m3u"), "junk");

        int deleted = actions(allHooks()).cleanSlate("clean slate");

        assertThat(deleted).isEqualTo(4);
        assertThat(target.list()).extracting(RemoteFile::name).containsExactly("lineup-generation.json");
        assertThat(calls).containsExactly("re-output");
        assertThat(leases("PC").acquire("p").generation()).isEqualTo(3);
    }

    @Test
    void hookActionsDelegateAndMissingHooksAreNotOffered() throws Exception {
        RecoveryActions a = actions(allHooks());
        a.reauthorize();
        a.reOutput();
        a.switchToSecondary(Role.SECONDARY_MIRROR);
        a.useSeparateFolder("/IPTV-laptop");
        assertThat(calls).containsExactly("reauthorize", "re-output", "role secondary-mirror", "folder /IPTV-laptop");
        assertThatThrownBy(() -> a.switchToSecondary(Role.PRIMARY)).isInstanceOf(IllegalArgumentException.class);

        SyncProblem lost = SyncProblem.leaseLost(3, Optional.empty(), Instant.EPOCH, "t");
        assertThat(a.available(lost)).containsExactly(RecoveryAction.RE_OUTPUT, RecoveryAction.MAKE_SECONDARY);
        assertThat(actions(RecoveryActions.Hooks.none()).available(lost)).isEmpty();
        SyncProblem expired = SyncProblem.of(new SyncException(ProblemKind.AUTH_EXPIRED, "token expired"), "t",
                Instant.EPOCH);
        assertThat(actions(RecoveryActions.Hooks.none()).available(expired)).isEmpty();
        assertThatThrownBy(() -> actions(RecoveryActions.Hooks.none()).reauthorize())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedReauthorizationIsRecorded() {
        RecoveryActions a = actions(new RecoveryActions.Hooks(() -> {
            throw new SyncException(ProblemKind.REVOKED, "the app's access was revoked for account a@b");
        }, null, null, null));
        assertThatThrownBy(a::reauthorize).isInstanceOf(SyncProblemException.class);
        assertThat(history.recent(1)).extracting(SyncProblem::cliLine)
                .containsExactly("Revoked: the app's access was revoked for account a@b");
    }
}
