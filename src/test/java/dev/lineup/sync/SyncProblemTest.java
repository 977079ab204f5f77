package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncProblemTest {
    static final LeaseInfo OFFICE = new LeaseInfo(1, "lock-1", "publish layout 'Family'",
            new LeaseOwner("inst-1", "Office PC", "h1", "anna", 4242, "0.1.0"),
            Instant.parse("2026-11-22T10:01:05.250Z"), Instant.parse("2026-11-22T10:05:00Z"), 120, 42);

    @Test
    void leaseHeldPrintsTheDesignsCliLine() {
        SyncProblem p = SyncProblem.leaseHeld(OFFICE, Instant.parse("2026-11-22T10:05:12Z"), Optional.empty(), "t");
        assertThat(p.cliLine()).isEqualTo(
                "LeaseHeld: held by \"Office PC\" (host h1, pid 4242) since 2026-11-22T10:01:05Z, heartbeat 12 s ago");
        assertThat(p.summary()).isNotBlank().endsWith(".");
    }

    @Test
    void aStaleLeaseOffersTakeOverWithoutConfirmationAndSaysWhy() {
        SyncProblem p = SyncProblem.leaseHeld(OFFICE, Instant.parse("2026-11-22T10:09:00Z"),
                Optional.of("no heartbeat for 240 s (ttl 120 s)"), "t");
        assertThat(p.actions()).contains(RecoveryAction.TAKE_OVER_STALE).doesNotContain(RecoveryAction.FORCE_TAKEOVER);
        assertThat(p.cliLine()).endsWith("(stale: no heartbeat for 240 s (ttl 120 s))");
    }

    @Test
    void leaseLostNamesWhoTookIt() {
        LeaseInfo laptop = new LeaseInfo(1, "lock-2", "p", new LeaseOwner("i2", "Laptop", "h2", "bo", 7, "0.1.0"),
                Instant.parse("2026-11-22T10:07:00Z"), Instant.parse("2026-11-22T10:07:00Z"), 120, 43);
        SyncProblem p = SyncProblem.leaseLost(42, Optional.of(laptop), Instant.now(), "t");
        assertThat(p.cliLine()).isEqualTo("LeaseLost: taken over by \"Laptop\" (host h2, pid 7) at "
                + "2026-11-22T10:07:00Z; our generation 42 stopped");
        assertThat(p.actions()).containsExactly(RecoveryAction.RE_OUTPUT, RecoveryAction.MAKE_SECONDARY);
    }

    @Test
    void everyKindGetsTheActionsOfTheProblemTableInWizardOrder() {
        Map<ProblemKind, RecoveryAction[]> table = Map.of(
                ProblemKind.REMOTE_CHANGED, new RecoveryAction[] {RecoveryAction.OVERWRITE, RecoveryAction.KEEP_THEIRS,
                        RecoveryAction.RE_OUTPUT},
                ProblemKind.AUTH_EXPIRED, new RecoveryAction[] {RecoveryAction.REAUTHORIZE},
                ProblemKind.REVOKED, new RecoveryAction[] {RecoveryAction.REAUTHORIZE},
                ProblemKind.FORBIDDEN, new RecoveryAction[] {RecoveryAction.OPEN_PROVIDER_PAGE,
                        RecoveryAction.CLEAN_SLATE, RecoveryAction.USE_SEPARATE_FOLDER},
                ProblemKind.QUOTA_FULL, new RecoveryAction[] {RecoveryAction.OPEN_PROVIDER_PAGE,
                        RecoveryAction.CLEAN_SLATE, RecoveryAction.USE_SEPARATE_FOLDER},
                ProblemKind.RATE_LIMITED, new RecoveryAction[] {},
                ProblemKind.UNREACHABLE, new RecoveryAction[] {RecoveryAction.WAIT_AND_RETRY});
        table.forEach((kind, actions) -> {
            SyncProblem p = SyncProblem.of(new SyncException(kind, "what happened"), "Dropbox /IPTV", Instant.EPOCH);
            assertThat(p.actions()).as(kind.label()).containsExactly(actions);
            assertThat(p.cliLine()).isEqualTo(kind.label() + ": what happened");
            assertThat(p.target()).isEqualTo("Dropbox /IPTV");
        });
    }

    @Test
    void aProblemExceptionKeepsItsProblemAndPrintsItsCliLine() {
        SyncProblem p = SyncProblem.leaseHeld(OFFICE, Instant.parse("2026-11-22T10:05:12Z"), Optional.empty(), "t");
        SyncProblemException e = p.toException(null);
        assertThat(SyncProblem.of(e, "other", Instant.EPOCH)).isSameAs(p);
        assertThat(e.getMessage()).isEqualTo(p.cliLine());
        assertThat(e.kind()).isEqualTo(ProblemKind.LEASE_HELD);
    }
}
