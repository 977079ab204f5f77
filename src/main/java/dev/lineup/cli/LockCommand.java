package dev.lineup.cli;

import dev.lineup.service.publish.TargetService;
import dev.lineup.service.publish.LockService;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.StartedBy;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.ForceConfirmation;
import dev.lineup.sync.LeaseInfo;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.LeaseStatus;
import dev.lineup.sync.SyncProblemException;
import java.io.PrintWriter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup lock status|release|takeover TARGET [--force]}: the {@code lockfile.json} lease of a
 * target's folder. Release removes only a stale lock unless {@code --force}; a live lock is taken over
 * only with {@code --force}. Every removal is compare-and-delete against the lock that was shown.
 */
@Command(name = "lock", description = "Show, release or take over the lease (lockfile.json) of a target's folder.")
final class LockCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "status|release|takeover")
    String action;

    @Parameters(index = "1", paramLabel = "TARGET")
    String target;

    @Option(names = "--force", description = "release: also a live lock; takeover: also a live lock.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!action.equals("status") && !action.equals("release") && !action.equals("takeover")) {
            throw new UserError("lock needs status, release or takeover, not \"" + action + "\"");
        }
        PrintWriter out = Cli.out(spec);
        try (Workspace ws = Cli.open(spec);
             PublishService service = PublishService.of(ws, Cli.env(spec), StartedBy.COMMAND_LINE)) {
            LockService locks = service.locks();
            try {
                Optional<LeaseStatus> s = locks.status(target);
                if (action.equals("status")) {
                    out.println(s.map(LockCommand::describe).orElse("lock of \"" + target + "\": free"));
                    printContents(locks.contents(target), out);
                } else if (s.isEmpty()) {
                    out.println("lock of \"" + target + "\" is free; nothing to " + verb());
                } else if (action.equals("release")) {
                    release(locks, s.get(), out);
                } else {
                    takeover(locks, s.get(), out);
                }
            } catch (NoSuchElementException | IllegalStateException e) {
                throw new UserError(e.getMessage(), e);
            } catch (SyncProblemException e) {
                Cli.err(spec).println(e.problem().cliLine());
                if (e.problem().facts().containsKey("holder") && !e.problem().facts().containsKey("stale")) {
                    Cli.err(spec).println("  the lock is live; add --force to " + (action.equals("takeover")
                            ? "take it over" : action + " it") + " anyway: "
                            + Advice.command(ws.dataDir(), "lock", action, target, "--force"));
                    Cli.err(spec).println("  or wait for it to finish and publish: "
                            + new RecoveryAdvice(ws.dataDir(), target, TargetService.of(ws, Cli.env(spec)).find(target), List.of(), "")
                            .publish("--wait", "10m"));
                }
                Cli.err(spec).flush();
                return ExitCodes.PUBLISH_PROBLEM;
            }
        }
        return ExitCodes.OK;
    }

    /** The action as English words: "takeover" is the subcommand, "take over" the verb. */
    private String verb() {
        return action.equals("takeover") ? "take over" : action;
    }

    private void release(LockService locks, LeaseStatus s, PrintWriter out) throws Exception {
        Optional<LeaseInfo> removed;
        if (s.stale() || !force) {
            removed = locks.releaseStale(target); // a live lock fails here with LeaseHeld
        } else {
            out.println("removing the LIVE " + holder(s.info()) + "; it stops publishing at its next heartbeat");
            removed = locks.forceRelease(target, ForceConfirmation.of(s));
        }
        out.println(removed.map(i -> "released the " + (s.stale() ? "stale " : "") + holder(i))
                .orElse("the lock was already gone"));
    }

    private void takeover(LockService locks, LeaseStatus s, PrintWriter out) throws Exception {
        locks.requireMayTakeLease();
        if (!s.stale() && !force) {
            throw s.asProblem(target).toException(null);
        }
        out.println("taking over the " + (s.stale() ? "stale " : "LIVE ") + holder(s.info()) + ", held since "
                + s.info().acquiredAt() + ", heartbeat " + s.info().heartbeatAge(s.serverNow()).toSeconds() + " s ago");
        Optional<LeaseInfo> taken = locks.takeover(target, s.stale() ? null : ForceConfirmation.of(s));
        out.println(taken.map(i -> "took over generation " + i.generation() + "; the folder is free for this installation")
                .orElse("the lock was already gone"));
    }

    private static String holder(LeaseInfo i) {
        LeaseOwner o = i.owner();
        return String.format("lock of \"%s\" (host %s, pid %d)", o.instanceName(), o.host(), o.pid());
    }

    /** The folder index's layouts and the files no entry lists (Lineup never touches those). */
    private static void printContents(dev.lineup.sync.FolderContents c, PrintWriter out) {
        if (!c.index().layouts().isEmpty()) {
            out.println("layouts in this folder:");
            c.layoutLines().forEach(l -> out.println("  " + l));
        }
        if (!c.unlisted().isEmpty()) {
            out.println("files no layout lists (left alone): " + String.join(", ", c.unlisted()));
        }
    }

    static String describe(LeaseStatus s) {
        LeaseInfo i = s.info();
        LeaseOwner o = i.owner();
        return String.format("held by \"%s\"%nhost: %s%npid: %d%nuser: %s%nsince: %s%nheartbeat: %d s ago (ttl %d s)%n"
                        + "generation: %d%npurpose: %s%nstate: %s",
                o.instanceName(), o.host(), o.pid(), o.user(), i.acquiredAt(), i.heartbeatAge(s.serverNow()).toSeconds(),
                i.ttlSeconds(), i.generation(), i.purpose(), i.unfinished()
                        ? "UNFINISHED (" + s.staleReason().orElse("the publish stopped part-way") + ")"
                        : s.staleReason().map(r -> "STALE (" + r + ")").orElse("live"));
    }
}
