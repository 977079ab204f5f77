package dev.lineup.sync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One publish problem as the user sees it: its kind, a one-sentence summary, the facts (who holds the
 * lock, since when, …), the CLI line {@code KIND: facts} and the recovery actions in the wizard's order.
 *
 * @param factsLine the text after {@code KIND: } on the CLI's first stderr line
 * @param facts     the same facts keyed for the UI and the history ({@code holder}, {@code host}, …)
 * @param target    the configured target's name (its id in the store) once the publishing service has it;
 *                  inside {@code sync}, where targets have no names, the target's {@link PublishTarget#describe()}
 */
public record SyncProblem(ProblemKind kind, String summary, String factsLine, Map<String, String> facts,
                          List<RecoveryAction> actions, Instant at, String target) {

    public SyncProblem {
        Objects.requireNonNull(kind, "kind");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        // An EnumSet iterates in declaration order, which is the wizard's order.
        EnumSet<RecoveryAction> ordered = EnumSet.noneOf(RecoveryAction.class);
        ordered.addAll(actions);
        actions = List.copyOf(ordered);
    }

    /** The first stderr line of a failed CLI publish, e.g. {@code LeaseHeld: held by "Office PC" …}. */
    public String cliLine() {
        return kind.label() + ": " + factsLine;
    }

    /** The problem a failed remote call stands for; a {@link SyncProblemException} keeps its own. */
    public static SyncProblem of(SyncException e, String target, Instant at) {
        if (e instanceof SyncProblemException) {
            return ((SyncProblemException) e).problem();
        }
        String message = e.getMessage() == null ? e.kind().label() : e.getMessage();
        return new SyncProblem(e.kind(), summaryOf(e.kind()), message, e.facts(), defaultActions(e.kind()), at,
                target);
    }

    /**
     * Someone else holds the lease. {@code staleReason} is present when the lease is stale (no heartbeat
     * for its ttl, or its process is gone), which makes "take over" safe without confirmation.
     */
    public static SyncProblem leaseHeld(LeaseInfo holder, Instant serverNow, Optional<String> staleReason,
                                        String target) {
        LeaseOwner o = holder.owner();
        long age = holder.heartbeatAge(serverNow).toSeconds();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("holder", o.instanceName());
        facts.put("host", o.host());
        facts.put("pid", Long.toString(o.pid()));
        facts.put("user", o.user());
        facts.put("since", iso(holder.acquiredAt()));
        facts.put("heartbeatAgeSeconds", Long.toString(age));
        facts.put("purpose", String.valueOf(holder.purpose()));
        facts.put("lockId", holder.lockId());
        facts.put("generation", Long.toString(holder.generation()));
        staleReason.ifPresent(r -> facts.put("stale", r));
        facts.put("state", holder.state());
        facts.put("freeAt", iso(holder.freeAt()));
        facts.put("freeInSeconds", Long.toString(Math.max(0,
                java.time.Duration.between(serverNow, holder.freeAt()).toSeconds())));
        String line = holder.unfinished()
                ? String.format("an unfinished publish by \"%s\" (host %s, since %s) stopped part-way; the folder may"
                        + " mix generations; it becomes free at %s (in %s s), or take over now", o.instanceName(),
                        o.host(), iso(holder.acquiredAt()), iso(holder.freeAt()), facts.get("freeInSeconds"))
                : String.format("held by \"%s\" (host %s, pid %d) since %s, heartbeat %d s ago%s",
                o.instanceName(), o.host(), o.pid(), iso(holder.acquiredAt()), age,
                staleReason.map(r -> " (stale: " + r + ")").orElse(""));
        List<RecoveryAction> actions = new ArrayList<>(List.of(RecoveryAction.WAIT_AND_RETRY,
                RecoveryAction.MAKE_SECONDARY, RecoveryAction.USE_SEPARATE_FOLDER, RecoveryAction.CANCEL));
        actions.add(staleReason.isPresent() ? RecoveryAction.TAKE_OVER_STALE : RecoveryAction.FORCE_TAKEOVER);
        String summary = holder.unfinished()
                ? "An unfinished publish of another installation holds this folder; it may be taken over now."
                : summaryOf(ProblemKind.LEASE_HELD);
        return new SyncProblem(ProblemKind.LEASE_HELD, summary, line, facts, actions, serverNow, target);
    }

    /**
     * The index lists this layout under another installation: publishing it would replace their files.
     * {@code owner} is who published it, from which host, when.
     */
    public static SyncProblem layoutOwnedElsewhere(String layout, FolderIndex.LayoutEntry owner, Instant at,
                                                   String target) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("layout", layout);
        facts.put("owner", owner.owner().instanceName());
        facts.put("ownerId", owner.owner().instanceId());
        facts.put("host", owner.owner().host() == null ? "unknown" : owner.owner().host());
        facts.put("lastPublished", iso(owner.publishedAt()));
        facts.put("generation", Long.toString(owner.generation()));
        facts.put("files", String.join(", ", owner.files().stream().map(FolderIndex.FileRecord::name).toList()));
        String line = String.format("layout \"%s\" in this folder belongs to \"%s\" (host %s), last published %s;"
                        + " nothing was changed", layout, owner.owner().instanceName(), facts.get("host"),
                facts.get("lastPublished"));
        return new SyncProblem(ProblemKind.LAYOUT_OWNED_ELSEWHERE, summaryOf(ProblemKind.LAYOUT_OWNED_ELSEWHERE), line,
                facts, defaultActions(ProblemKind.LAYOUT_OWNED_ELSEWHERE), at, target);
    }

    /** Our lease was taken over (or deleted) while we were publishing. */
    public static SyncProblem leaseLost(long ourGeneration, Optional<LeaseInfo> newHolder, Instant at,
                                        String target) {
        return leaseLost(ourGeneration, newHolder, Optional.empty(), at, target);
    }

    /**
     * The same; when the lockfile is gone, {@code released} (the generation file) may still name the
     * installation that took the lease over and already released it.
     */
    static SyncProblem leaseLost(long ourGeneration, Optional<LeaseInfo> newHolder,
                                 Optional<LeaseFiles.Recorded> released, Instant at, String target) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("ourGeneration", Long.toString(ourGeneration));
        String line;
        if (newHolder.isPresent()) {
            LeaseOwner o = newHolder.get().owner();
            facts.put("takenBy", o.instanceName());
            facts.put("host", o.host());
            facts.put("pid", Long.toString(o.pid()));
            facts.put("at", iso(newHolder.get().acquiredAt()));
            facts.put("generation", Long.toString(newHolder.get().generation()));
            line = String.format("taken over by \"%s\" (host %s, pid %d) at %s; our generation %d stopped",
                    o.instanceName(), o.host(), o.pid(), iso(newHolder.get().acquiredAt()), ourGeneration);
        } else if (released.isPresent() && !released.get().by().isBlank()) {
            LeaseFiles.Recorded r = released.get();
            facts.put("takenBy", r.by());
            facts.put("at", iso(r.at()));
            facts.put("generation", Long.toString(r.generation()));
            line = String.format("taken over by \"%s\" (generation %d) at %s, which then released the folder; "
                    + "our generation %d stopped", r.by(), r.generation(), iso(r.at()), ourGeneration);
        } else {
            facts.put("takenBy", "");
            line = String.format("lockfile.json was deleted by someone else; our generation %d stopped",
                    ourGeneration);
        }
        return new SyncProblem(ProblemKind.LEASE_LOST, summaryOf(ProblemKind.LEASE_LOST), line, facts,
                defaultActions(ProblemKind.LEASE_LOST), at, target);
    }

    /** A file changed remotely since we read it. */
    public static SyncProblem remoteChanged(String name, Optional<RemoteFile> current, Instant at, String target) {
        return remoteChanged(name, current, null, at, target);
    }

    /** The same, naming who changed it when the provider told us ({@code changedBy} may be null). */
    public static SyncProblem remoteChanged(String name, Optional<RemoteFile> current, String changedBy, Instant at,
                                            String target) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("file", name);
        String line;
        if (current.isPresent()) {
            RemoteFile f = current.get();
            String when = f.modified() == null ? "an unknown time" : iso(f.modified());
            boolean known = changedBy != null && !changedBy.isBlank() && !changedBy.startsWith("unknown");
            String who = known ? changedBy : "someone outside Lineup";
            if (known) {
                facts.put("changedBy", changedBy);
            }
            facts.put("changedAt", when);
            facts.put("revision", String.valueOf(f.revision()));
            line = String.format("%s was changed by %s at %s (revision %s)", name, who, when, f.revision());
        } else {
            facts.put("changedAt", "");
            line = name + " was deleted by someone else";
        }
        return new SyncProblem(ProblemKind.REMOTE_CHANGED, summaryOf(ProblemKind.REMOTE_CHANGED), line, facts,
                defaultActions(ProblemKind.REMOTE_CHANGED), at, target);
    }

    /** The same problem, naming the configured target it was met on. */
    public SyncProblem withTarget(String targetName) {
        return new SyncProblem(kind, summary, factsLine, facts, actions, at, targetName);
    }

    public SyncProblemException toException(Throwable cause) {
        return new SyncProblemException(this, cause);
    }

    static String summaryOf(ProblemKind kind) {
        switch (kind) {
            case LEASE_HELD: return "Another installation is publishing to this folder right now.";
            case LEASE_LOST: return "Another installation took over the folder while this one was publishing.";
            case REMOTE_CHANGED: return "A published file was changed by someone else.";
            case LAYOUT_OWNED_ELSEWHERE: return "Another installation publishes a layout of this name into this folder.";
            case AUTH_EXPIRED: return "The sign-in for this target has expired.";
            case REVOKED: return "Access for this target was revoked.";
            case FORBIDDEN: return "The provider does not allow writing to this folder.";
            case QUOTA_FULL: return "The storage is full.";
            case RATE_LIMITED: return "The provider asked us to slow down.";
            case UNREACHABLE: return "The target could not be reached.";
            default: return "The provider refused a file or folder name.";
        }
    }

    static List<RecoveryAction> defaultActions(ProblemKind kind) {
        switch (kind) {
            case LEASE_HELD:
                return List.of(RecoveryAction.WAIT_AND_RETRY, RecoveryAction.FORCE_TAKEOVER, RecoveryAction.CANCEL);
            case LEASE_LOST:
                return List.of(RecoveryAction.RE_OUTPUT, RecoveryAction.MAKE_SECONDARY);
            case REMOTE_CHANGED:
                return List.of(RecoveryAction.OVERWRITE, RecoveryAction.KEEP_THEIRS, RecoveryAction.RE_OUTPUT);
            case LAYOUT_OWNED_ELSEWHERE:
                return List.of(RecoveryAction.PUBLISH_UNDER_OTHER_NAME, RecoveryAction.TAKE_OVER_LAYOUT,
                        RecoveryAction.MAKE_SECONDARY, RecoveryAction.USE_SEPARATE_FOLDER);
            case AUTH_EXPIRED:
            case REVOKED:
                return List.of(RecoveryAction.REAUTHORIZE);
            case FORBIDDEN:
            case QUOTA_FULL:
                return List.of(RecoveryAction.OPEN_PROVIDER_PAGE, RecoveryAction.CLEAN_SLATE,
                        RecoveryAction.USE_SEPARATE_FOLDER);
            case RATE_LIMITED:
                return List.of();
            case UNREACHABLE:
                return List.of(RecoveryAction.WAIT_AND_RETRY);
            default:
                return List.of(RecoveryAction.USE_SEPARATE_FOLDER, RecoveryAction.CANCEL);
        }
    }

    private static String iso(Instant t) {
        return t == null ? "an unknown time" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
