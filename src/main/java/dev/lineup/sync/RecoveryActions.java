package dev.lineup.sync;

import dev.lineup.task.Cancellation;
import dev.lineup.model.Role;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recovery wizard's fixes as callable operations, for the UI's buttons and the CLI's {@code lock}
 * commands. Lock fixes go through the lease protocol (compare-and-delete, never a blind delete); the
 * rest delegate to the hooks the application wires in. Every failure is recorded in the history.
 */
public final class RecoveryActions {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryActions.class);

    /** Renders the layout again and publishes it. */
    @FunctionalInterface
    public interface ReOutput {
        void reOutput() throws IOException, SyncException;
    }

    /** Saves a new role for this installation in its settings. */
    @FunctionalInterface
    public interface RoleSwitcher {
        void switchTo(Role role) throws IOException;
    }

    /** Points this installation's target at another remote folder. */
    @FunctionalInterface
    public interface FolderSwitcher {
        void useFolder(String folder) throws IOException;
    }

    /** What the application provides; a missing hook makes its action unavailable. */
    public record Hooks(Reauthorizer reauthorizer, ReOutput reOutput, RoleSwitcher roleSwitcher,
                        FolderSwitcher folderSwitcher) {
        public static Hooks none() {
            return new Hooks(null, null, null, null);
        }
    }

    private final LeaseManager leases;
    private final PublishTarget target;
    private final RetryPacer pacer;
    private final ProblemHistory history;
    private final Hooks hooks;

    public RecoveryActions(LeaseManager leases, RetryPacer pacer, ProblemHistory history, Hooks hooks) {
        this.leases = leases;
        this.target = leases.target();
        this.pacer = pacer;
        this.history = history;
        this.hooks = Objects.requireNonNull(hooks);
    }

    /** The problem's actions this installation can actually perform, in the wizard's order. */
    public List<RecoveryAction> available(SyncProblem problem) {
        return problem.actions().stream().filter(this::supported).collect(Collectors.toList());
    }

    /**
     * Waits (polling every {@code poll}) until the lease is free or stale, then runs {@code operation}
     * (typically the publish again). Fails with {@code LeaseHeld} if it is still held after {@code maxWait}.
     */
    public <T> T waitAndRetry(Duration maxWait, Duration poll, RetryPacer.RemoteCall<T> operation)
            throws SyncException {
        return waitAndRetry(maxWait, poll, Cancellation.none(), operation);
    }

    /** As above; {@code cancel} stops the wait at the next poll (the wizard's task can be cancelled meanwhile). */
    public <T> T waitAndRetry(Duration maxWait, Duration poll, Cancellation cancel, RetryPacer.RemoteCall<T> operation)
            throws SyncException {
        Instant deadline = pacer.clock().instant().plus(maxWait);
        while (true) {
            cancel.check("Waiting for the folder");
            Optional<LeaseStatus> s = recorded(leases::status);
            if (s.isEmpty() || s.get().stale()) {
                return recorded(operation);
            }
            if (!pacer.clock().instant().isBefore(deadline)) {
                SyncProblem p = s.get().asProblem(target.describe());
                history.record(p);
                throw p.toException(null);
            }
            try {
                pacer.sleeper().sleep(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException(ProblemKind.LEASE_HELD, "stopped waiting for the lease");
            }
        }
    }

    /** Deletes the lock only if it is stale (compare-and-delete); a live lock fails with {@code LeaseHeld}. */
    public Optional<LeaseInfo> takeOverStaleLock() throws SyncException {
        Optional<LeaseInfo> removed = recorded(leases::releaseStale);
        removed.ifPresent(i -> LOG.warn("removed the stale lock of '{}' (generation {}) on {}",
                i.owner().instanceName(), i.generation(), target.describe()));
        return removed;
    }

    /** Deletes a live lock the user confirmed by its lockId; the other installation stops at its next heartbeat. */
    public Optional<LeaseInfo> forceDeleteLiveLock(ForceConfirmation confirmation) throws SyncException {
        return recorded(() -> leases.forceRelease(confirmation));
    }

    public void reauthorize() throws SyncException {
        recorded(() -> {
            require(hooks.reauthorizer(), RecoveryAction.REAUTHORIZE).reauthorize();
            return null;
        });
    }

    public void reOutput() throws IOException, SyncException {
        try {
            require(hooks.reOutput(), RecoveryAction.RE_OUTPUT).reOutput();
        } catch (SyncException e) {
            throw record(e);
        }
    }

    /**
     * Deletes every file of the remote output folder under the lease, then re-outputs. The generation
     * file stays, so generations keep growing across the clean slate. Returns how many files went.
     */
    public int cleanSlate(String purpose) throws IOException, SyncException {
        require(hooks.reOutput(), RecoveryAction.CLEAN_SLATE);
        int deleted = recorded(() -> {
            try (Lease lease = leases.acquire(purpose)) {
                int n = 0;
                for (RemoteFile f : pacer.call("list", target::list)) {
                    if (!f.name().equals(LeaseManager.LOCK_FILE) && !f.name().equals(LeaseManager.GENERATION_FILE)) {
                        lease.ensureHeld();
                        pacer.call("delete " + f.name(), () -> {
                            target.delete(f.name());
                            return null;
                        });
                        n++;
                    }
                }
                lease.release();
                return n;
            }
        });
        LOG.warn("clean slate: deleted {} files from {}", deleted, target.describe());
        reOutput();
        return deleted;
    }

    /** Makes this installation a secondary (local or mirror); it will never take the lease again. */
    public void switchToSecondary(Role role) throws IOException {
        if (role.mayPublish()) {
            throw new IllegalArgumentException("switchToSecondary needs a secondary role, not " + role.word());
        }
        require(hooks.roleSwitcher(), RecoveryAction.MAKE_SECONDARY).switchTo(role);
    }

    public void useSeparateFolder(String folder) throws IOException {
        if (folder == null || folder.isBlank()) {
            throw new IllegalArgumentException("a separate folder needs a name");
        }
        require(hooks.folderSwitcher(), RecoveryAction.USE_SEPARATE_FOLDER).useFolder(folder);
    }

    private boolean supported(RecoveryAction a) {
        switch (a) {
            case REAUTHORIZE: return hooks.reauthorizer() != null;
            case RE_OUTPUT:
            case CLEAN_SLATE: return hooks.reOutput() != null;
            case MAKE_SECONDARY: return hooks.roleSwitcher() != null;
            case USE_SEPARATE_FOLDER: return hooks.folderSwitcher() != null;
            default: return true;
        }
    }

    private static <H> H require(H hook, RecoveryAction action) {
        if (hook == null) {
            throw new IllegalStateException(action.label() + " is not available in this installation");
        }
        return hook;
    }

    private <T> T recorded(RetryPacer.RemoteCall<T> call) throws SyncException {
        try {
            return call.call();
        } catch (SyncException e) {
            throw record(e);
        }
    }

    private SyncProblemException record(SyncException e) {
        SyncProblem p = SyncProblem.of(e, target.describe(), target.serverTime());
        history.record(p);
        return p.toException(e);
    }
}
