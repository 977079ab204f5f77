package dev.lineup.service.publish;

import dev.lineup.service.workspace.Workspace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.LeaseInfo;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncProblem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens and the problem history survive a restart of the store, tokens apart from the target settings. */
class StoreBackedSyncStateTest {
    @TempDir
    Path data;

    @Test
    void tokensSurviveReopeningAndGoWithTheirTarget() throws Exception {
        Instant expiry = Instant.parse("2030-01-02T03:04:05Z");
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            ws.store().targets().put(new TargetSettings("/IPTV", "key", null).toConfig("box", TargetSettings.DROPBOX));
            new StoreTokenStore(ws.store().secrets()).put("box",
                    new OAuthTokens("sl.access-123", "refresh-456", expiry, "key", "dbid:1"));
        }
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            StoreTokenStore tokens = new StoreTokenStore(ws.store().secrets());
            OAuthTokens t = tokens.get("box").orElseThrow();
            assertThat(t).isEqualTo(new OAuthTokens("sl.access-123", "refresh-456", expiry, "key", "dbid:1"));
            assertThat(ws.store().settings().all().toString()).doesNotContain("sl.access-123");
            ws.store().targets().remove("box");
            assertThat(tokens.get("box")).isEmpty();
        }
    }

    @Test
    void problemsAreRecordedWithTheirCliLineAndCountedByKind() throws Exception {
        LeaseInfo held = new LeaseInfo(1, "lock-1", "publish layout 'Family'",
                new LeaseOwner("id-1", "Office PC", "h1", "ann", 4242, "1.0"), Instant.parse("2026-11-22T10:01:05Z"),
                Instant.parse("2026-11-22T10:05:00Z"), 120, 7);
        SyncProblem problem = SyncProblem.leaseHeld(held, Instant.parse("2026-11-22T10:05:12Z"), Optional.empty(),
                "folder /x");
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            StoreProblemHistory history = new StoreProblemHistory(ws.store().problems());
            history.record(problem);
            history.record(SyncProblem.of(new dev.lineup.sync.SyncException(ProblemKind.AUTH_EXPIRED, "expired"),
                    "Dropbox /IPTV", Instant.parse("2026-11-22T11:00:00Z")));
        }
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            StoreProblemHistory history = new StoreProblemHistory(ws.store().problems());
            List<SyncProblem> recent = history.recent(10);
            assertThat(recent).hasSize(2);
            SyncProblem back = recent.get(1);
            assertThat(back.cliLine()).isEqualTo("LeaseHeld: held by \"Office PC\" (host h1, pid 4242) since "
                    + "2026-11-22T10:01:05Z, heartbeat 12 s ago");
            assertThat(back.facts()).containsEntry("holder", "Office PC").containsEntry("lockId", "lock-1");
            assertThat(back.target()).isEqualTo("folder /x");
            assertThat(history.counts()).containsEntry(ProblemKind.LEASE_HELD, 1L).containsEntry(ProblemKind.AUTH_EXPIRED, 1L);
        }
    }
}
