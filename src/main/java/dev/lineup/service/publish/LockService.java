package dev.lineup.service.publish;

import dev.lineup.model.Role;
import dev.lineup.sync.ForceConfirmation;
import dev.lineup.sync.Lease;
import dev.lineup.sync.LeaseInfo;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseStatus;
import dev.lineup.sync.NotPrimaryException;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import java.util.Optional;

/**
 * The lease of a target's folder for {@code lineup lock} and the UI's lock panel: look at it, remove a
 * stale one (compare-and-delete), take it over. Every refusal is recorded in the problem history. Each
 * command opens the target once, and its lease calls share that open target's one retry pacer.
 */
public final class LockService {
    private final PublishService publishing;

    public LockService(PublishService publishing) {
        this.publishing = publishing;
    }

    /** The lease in the target's folder, judged by the provider's clock; empty when the folder is free. */
    public Optional<LeaseStatus> status(String targetName) throws SyncException {
        try (OpenTarget target = OpenTarget.open(publishing, targetName, null)) {
            return recorded(targetName, target, () -> manager(target).status());
        }
    }

    /**
     * Whether the folder is still kept from this installation by another one's lease: a live or unfinished lease
     * of another installation. A stale lease does not count (a publish takes it over by itself), nor does this
     * installation's own. The status bar asks this to clear a "another computer is publishing" problem once it
     * no longer holds; unlike the commands, a look that fails is not recorded as a problem of its own.
     */
    public boolean heldByAnother(String targetName) throws SyncException {
        try (OpenTarget target = OpenTarget.open(publishing, targetName, null)) {
            Optional<LeaseStatus> now = manager(target).status();
            return now.isPresent() && !now.get().stale()
                    && !now.get().info().owner().instanceId().equals(publishing.installation().id());
        }
    }

    /** The folder's index and the files no index entry lists (which Lineup leaves alone). */
    public dev.lineup.sync.FolderContents contents(String targetName) throws SyncException {
        try (OpenTarget target = OpenTarget.open(publishing, targetName, null)) {
            return recorded(targetName, target, () -> dev.lineup.sync.FolderContents.read(target.target(),
                    target.pacer()));
        }
    }

    /** Removes the lock only if it is stale; a live lock fails with {@code LeaseHeld}. Returns what went. */
    public Optional<LeaseInfo> releaseStale(String targetName) throws SyncException {
        try (OpenTarget target = OpenTarget.open(publishing, targetName, null)) {
            return recorded(targetName, target, () -> manager(target).releaseStale());
        }
    }

    /** Removes the lock the user was shown ({@code confirmation} names its lockId), live or not. */
    public Optional<LeaseInfo> forceRelease(String targetName, ForceConfirmation confirmation) throws SyncException {
        try (OpenTarget target = OpenTarget.open(publishing, targetName, null)) {
            return recorded(targetName, target, () -> manager(target).forceRelease(confirmation));
        }
    }

    /**
     * Takes the lease over and releases it at once, leaving the folder free for this installation's next
     * publish; its old holder stops at its next heartbeat. A stale lease needs no confirmation; a live one
     * needs {@code confirmation} for exactly the lease shown. A secondary installation is refused
     * ({@link IllegalStateException}) before anything is touched. Returns the lease that was taken over, if any.
     */
    public Optional<LeaseInfo> takeover(String targetName, ForceConfirmation confirmation) throws SyncException {
        requireMayTakeLease();
        try (OpenTarget target = OpenTarget.open(publishing, targetName, null)) {
            return recorded(targetName, target, () -> {
                LeaseManager m = manager(target);
                Optional<LeaseStatus> before = m.status();
                String purpose = "take over the lock of " + targetName;
                try (Lease lease = confirmation == null ? m.acquire(purpose) : m.forceTakeover(purpose, confirmation)) {
                    lease.release();
                }
                return before.map(LeaseStatus::info);
            });
        }
    }

    /** Taking over means holding the lease, if only for a moment: a secondary never does. */
    public void requireMayTakeLease() {
        Role role = publishing.role();
        if (!role.mayPublish()) {
            throw new IllegalStateException(new NotPrimaryException(role).getMessage());
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws SyncException;
    }

    private static LeaseManager manager(OpenTarget target) {
        return target.leases();
    }

    private <T> T recorded(String targetName, OpenTarget target, Call<T> call) throws SyncException {
        try {
            return call.run();
        } catch (SyncException e) {
            SyncProblem p = SyncProblem.of(e, targetName, target.target().serverTime()).withTarget(targetName);
            publishing.history().record(p);
            throw p.toException(e);
        }
    }
}
