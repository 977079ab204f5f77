package dev.lineup.service.publish;

import dev.lineup.task.Cancellation;
import dev.lineup.output.Manifest;
import dev.lineup.model.Role;
import dev.lineup.sync.ForceConfirmation;
import dev.lineup.sync.NotPrimaryException;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.RecoveryActions;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the recovery wizard: the problem, the fixes this installation can perform (in DESIGN.md's
 * order) and performing one, then publishing again where the fix calls for it. Blocking: call from a
 * background task.
 */
public final class RecoverySession {
    /** Fixes that can stop another installation or delete published files: the UI confirms them first. */
    public static final Set<RecoveryAction> DANGEROUS = EnumSet.of(RecoveryAction.FORCE_TAKEOVER,
            RecoveryAction.CLEAN_SLATE, RecoveryAction.MAKE_SECONDARY, RecoveryAction.OVERWRITE,
            RecoveryAction.TAKE_OVER_LAYOUT);
    /** How long "wait and retry" waits for the other installation before giving up. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofSeconds(2);

    /** What the user chose along with the action: a secondary role, a folder name, a pasted token. */
    public record Choice(Role role, String folder, String token, String layoutName) {
        public static final Choice NONE = new Choice(null, null, null, null);

        public Choice(Role role, String folder) {
            this(role, folder, null, null);
        }

        /** A new access token pasted for "Sign in again" on a target that was added with a token. */
        public static Choice pastedToken(String token) {
            return new Choice(null, null, token, null);
        }

        /** The new name for "Publish this layout under another name". */
        public static Choice renamedTo(String layoutName) {
            return new Choice(null, null, null, layoutName);
        }

        @Override
        public String toString() {
            return "Choice[role=" + role + ", folder=" + folder + ", layoutName=" + layoutName + ", token="
                    + (token == null ? "none" : "(hidden)") + "]";
        }
    }

    /** How an action ended: a sentence for the user, and the publish it led to, if any. */
    public record Outcome(String message, Optional<PublishResult> published) {
    }

    private final PublishService service;
    private final TargetService targets;
    private final RecoveryActions actions;
    private final SyncProblem problem;
    private final String target;
    private final List<String> layouts;
    private final java.util.function.Supplier<PublishResult> lastReOutput;
    /** Whole seconds, as History's times are: a fix recorded by this session's publishes is at or after it. */
    private final java.time.Instant started = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    private RecoverySession(PublishService service, TargetService targets, RecoveryActions actions,
                            SyncProblem problem, String target, List<String> layouts,
                            java.util.function.Supplier<PublishResult> lastReOutput) {
        this.service = service;
        this.targets = targets;
        this.lastReOutput = lastReOutput;
        this.actions = actions;
        this.problem = problem;
        this.target = target;
        this.layouts = List.copyOf(layouts);
    }

    /**
     * The wizard for {@code problem}, met publishing {@code layout} (null, as for a problem from History: every
     * layout that goes there or was last published there) to {@code target}. {@code targets} signs in again and
     * shows provider pages in the desktop's browser.
     */
    public static RecoverySession start(PublishService service, TargetService targets, SyncProblem problem,
                                        String target, String layout) throws SyncException {
        List<String> layouts = layout != null ? List.of(layout) : layoutsAt(service, targets, target);
        // The clean slate publishes through the wiring's re-output: the session needs that publish to say so.
        java.util.concurrent.atomic.AtomicReference<PublishResult> reOutput = new java.util.concurrent.atomic.AtomicReference<>();
        // The service records the wizard's publish (a clean slate, a re-output) like any other, so History lists it.
        return new RecoverySession(service, targets, service.recoveryActions(target, layouts,
                dev.lineup.task.Progress.NONE, dev.lineup.sync.PublishEvent.IGNORED, reOutput::set), problem, target, layouts, reOutput::get);
    }

    /** The layouts that go to {@code target}, and those published there though they usually go elsewhere. */
    private static List<String> layoutsAt(PublishService service, TargetService targets, String target) {
        List<String> there = targets.layoutsOf(target);
        List<String> published = service.store().publishRuns().layoutsPublishedTo(target);
        return service.layouts().stream().filter(l -> there.contains(l) || published.contains(l)).toList();
    }

    public SyncProblem problem() {
        return problem;
    }

    public String target() {
        return target;
    }

    public List<String> layouts() {
        return layouts;
    }

    /** The problem's fixes this installation can perform, in the wizard's order. */
    public List<RecoveryAction> available() {
        return actions.available(problem);
    }

    /**
     * Whether "Sign in again" needs a pasted token: the target was added with a bare token and has no app
     * key / client id, so there is no app to sign in to in a browser.
     */
    public boolean pastesToken() {
        return targets.signInWay(target) == SignIns.Way.PASTE_TOKEN;
    }

    /** One line under each action's button; {@code pastesToken} as {@link #pastesToken()} said. */
    public static String explanation(RecoveryAction a, boolean pastesToken) {
        if (a == RecoveryAction.REAUTHORIZE && pastesToken) {
            return "This target was added with a token: paste a new access token from the provider's app console.";
        }
        return explanation(a);
    }

    /** One line under each action's button. */
    public static String explanation(RecoveryAction a) {
        switch (a) {
            case WAIT_AND_RETRY: return "Checks every few seconds and publishes as soon as the folder is free.";
            case TAKE_OVER_STALE: return "The other installation stopped without releasing its lock; removing it is safe.";
            case FORCE_TAKEOVER: return "Only if that installation is stuck: it stops at its next heartbeat and writes nothing more.";
            case REAUTHORIZE: return "Opens the provider's sign-in page in your browser, then stores the new sign-in.";
            case OVERWRITE: return "Publishes this installation's files over the changed ones.";
            case KEEP_THEIRS: return "Leaves their version of the file as it is and publishes the rest.";
            case PUBLISH_UNDER_OTHER_NAME: return "Renames this layout here and publishes it beside theirs; their files stay.";
            case TAKE_OVER_LAYOUT: return "Publishes this installation's files over theirs; the folder's index records you as the owner.";
            case RE_OUTPUT: return "Renders the layout afresh from its sources and publishes it again.";
            case OPEN_PROVIDER_PAGE: return "Shows your storage at the provider, to free space or fix sharing.";
            case CLEAN_SLATE: return "Deletes every published file in the folder, then publishes this installation's files.";
            case MAKE_SECONDARY: return "This installation stops publishing to the cloud and never takes the lock again.";
            case USE_SEPARATE_FOLDER: return "Publishes into another folder that no other installation uses.";
            default: return "Closes the wizard and changes nothing.";
        }
    }

    /** Performs {@code a}; the lock and publish fixes publish again and say with which generation. */
    public Outcome run(RecoveryAction a, Choice choice, Cancellation cancel)
            throws SyncException, IOException, NotPrimaryException {
        switch (a) {
            case WAIT_AND_RETRY:
                return published(actions.waitAndRetry(MAX_WAIT, POLL, cancel == null ? Cancellation.none() : cancel, () -> publishQuietly(Publisher.Options.DEFAULT,
                        cancel)), "The folder was free again");
            case TAKE_OVER_STALE:
                String who = actions.takeOverStaleLock().map(i -> "Removed the stale lock of \""
                        + i.owner().instanceName() + "\"").orElse("The stale lock was already gone");
                return retry(Publisher.Options.DEFAULT, cancel, who);
            case FORCE_TAKEOVER:
                String lockId = problem.facts().get("lockId");
                if (lockId == null) {
                    throw new IllegalStateException("this problem does not name the lock to take over");
                }
                return retry(new Publisher.Options(false, new ForceConfirmation(lockId)),
                        cancel, "Took over the lock of \"" + problem.facts().getOrDefault("holder", "?") + "\"");
            case REAUTHORIZE:
                if (pastesToken()) {
                    if (choice.token() == null || choice.token().isBlank()) {
                        throw new IllegalArgumentException("paste the new access token to sign in again");
                    }
                    targets.useAccessToken(target, choice.token());
                    return new Outcome("Stored the new token. Retry the publish now.", Optional.empty());
                }
                actions.reauthorize();
                SignIns.clearCheck(service.store().settings(), target);
                return new Outcome("Signed in again. Retry the publish now.", Optional.empty());
            case OVERWRITE:
                return retry(new Publisher.Options(true, null), cancel,
                        "Overwrote their change");
            case KEEP_THEIRS:
                String file = problem.facts().get("file");
                // The index itself cannot be kept apart from a publish: keeping it means publishing nothing.
                if (file == null || file.isBlank() || file.equals(dev.lineup.output.Manifest.FILE_NAME)) {
                    return new Outcome("Kept their version; nothing was published.", Optional.empty());
                }
                return retry(Publisher.Options.DEFAULT.keepingTheirs(Set.of(file)), cancel, "Kept their " + file);
            case PUBLISH_UNDER_OTHER_NAME:
                String newName = choice.layoutName() == null ? "" : choice.layoutName().strip();
                String oldName = problem.facts().getOrDefault("layout", layouts.isEmpty() ? "" : layouts.get(0));
                service.renameLayout(oldName, newName);
                // Beside theirs, in the folder where the name was taken: not where the layout usually goes.
                return published(service.publish(List.of(newName), target, Publisher.Options.DEFAULT, cancel),
                        "Renamed \"" + oldName + "\" to \"" + newName + "\"");
            case TAKE_OVER_LAYOUT:
                return retry(Publisher.Options.DEFAULT.takingOverLayouts(), cancel, "Took the layout over from \""
                        + problem.facts().getOrDefault("owner", "?") + "\"");
            case RE_OUTPUT:
                return retry(Publisher.Options.DEFAULT, cancel, "Rendered again");
            case OPEN_PROVIDER_PAGE:
                targets.openPage(target);
                return new Outcome("Opened the provider's page in your browser.", Optional.empty());
            case CLEAN_SLATE:
                int n = actions.cleanSlate("clean slate for " + target);
                PublishResult again = lastReOutput.get();
                // It published: say with which generation, so the wizard and the status bar see it fixed.
                return again == null ? new Outcome("Deleted " + n + " files and published again.", Optional.empty())
                        : published(again, "Deleted " + n + " files");
            case MAKE_SECONDARY:
                Role role = choice.role() == null ? Role.SECONDARY_LOCAL : choice.role();
                actions.switchToSecondary(role);
                return new Outcome(roleNow(role), Optional.empty());
            case USE_SEPARATE_FOLDER:
                actions.useSeparateFolder(choice.folder());
                return retry(Publisher.Options.DEFAULT, cancel, "Now publishing to " + choice.folder());
            default:
                return new Outcome("Nothing was changed.", Optional.empty());
        }
    }

    /** What a role change means for the user, in words (the role's code word is for the command line). */
    static String roleNow(Role role) {
        return switch (role) {
            case SECONDARY_LOCAL -> "This computer now keeps its layouts to itself: it writes them to a folder on "
                    + "this computer and no longer publishes to the cloud.";
            case SECONDARY_MIRROR -> "This computer now copies what the main computer publishes and no longer "
                    + "publishes to the cloud itself.";
            case PRIMARY -> "This computer now publishes to the cloud.";
        };
    }

    /** Publishes the layouts again as they are. */
    public Outcome retry(Cancellation cancel) throws SyncException, IOException, NotPrimaryException {
        return retry(Publisher.Options.DEFAULT, cancel, "Retried");
    }

    private Outcome retry(Publisher.Options options, Cancellation cancel, String what)
            throws SyncException, IOException, NotPrimaryException {
        return published(publishAll(options, cancel), what);
    }

    /**
     * Publishes the layouts again, under one lease, to the target where the problem was met (which may not be
     * where they usually go: every way out acts on the folder the problem is about).
     */
    private PublishResult publishAll(Publisher.Options options, Cancellation cancel)
            throws SyncException, IOException, NotPrimaryException {
        if (layouts.isEmpty()) {
            throw new java.util.NoSuchElementException("no layout is published to " + target);
        }
        return service.publish(layouts, target, options, cancel);
    }

    private PublishResult publishQuietly(Publisher.Options options, Cancellation cancel) throws SyncException {
        try {
            return publishAll(options, cancel);
        } catch (IOException | NotPrimaryException e) {
            throw new SyncException(ProblemKind.BAD_REQUEST, e.getMessage());
        }
    }

    private Outcome published(PublishResult r, String what) {
        // The publish recorded the fix as "published again"; History says which way out it was.
        service.store().problems().explainFix(target, started, "the recovery wizard: " + what);
        return new Outcome(what + "; published generation " + r.report().generation() + ".", Optional.of(r));
    }
}
