package dev.lineup.service.publish;

import dev.lineup.task.Cancellation;
import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.model.TargetConfig;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.Manifest;
import dev.lineup.output.RenderResult;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.service.common.StandardProviders;
import dev.lineup.service.layouts.LayoutService;
import dev.lineup.store.LineupStore;
import dev.lineup.store.Settings;
import dev.lineup.sync.MirrorDownloader;
import dev.lineup.sync.NotPrimaryException;
import dev.lineup.sync.ProblemHistory;
import dev.lineup.sync.PublishEvent;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.StagedFolder;
import dev.lineup.sync.SyncProblem;
import dev.lineup.sync.TokenStore;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Publishing as the CLI and the UI both ask for it: render each layout into
 * {@code DATA/staging/TARGET/LAYOUT}, then publish the target's staged output under the lease, record
 * every problem in the history and, on success, remember when and with which generation each layout
 * went out (settings {@code layout.NAME.last-published} and {@code layout.NAME.generation}).
 */
public final class PublishService implements java.io.Closeable {
    /** Renders one stored layout into a folder: {@link LayoutOutput#render} in the application. */
    @FunctionalInterface
    public interface Stager {
        RenderResult render(LineupStore store, String layout, Path dir, Progress progress) throws IOException;
    }

    private final LineupStore store;
    private final Path dataDir;
    private final Env env;
    private final Consumer<URI> browser;
    private final Stager stager;
    private final TokenStore tokens;
    private final ProblemHistory history;
    private final StartedBy startedBy;
    private final PublishLog log;
    private final TargetService targets; // which target a layout goes to; never signs in
    /** Targets opened for recovery actions: they live until the service is closed. */
    private final List<OpenTarget> recoveryTargets = new ArrayList<>();
    private volatile boolean checkLinks = true; // the player's-eye link check after each publish
    private static final Stager DEFAULT_STAGER = GuideNaming.STAGER;
    static final String PUBLISH = "Publish"; // a cancelled publish says "Publish cancelled"

    /** Publishing over an open workspace, recorded as started by {@code startedBy}; close it when done. */
    public static PublishService of(Workspace ws, Env env, StartedBy startedBy) {
        return new PublishService(ws.store(), ws.dataDir(), env, null, startedBy);
    }

    /**
     * {@code browser} (may be null) shows a provider's sign-in page for the reauthorize action;
     * {@code startedBy} is who History says started the runs of this service.
     */
    public PublishService(LineupStore store, Path dataDir, Env env, Consumer<URI> browser, StartedBy startedBy) {
        this(store, dataDir, env, browser, startedBy, DEFAULT_STAGER);
    }

    PublishService(LineupStore store, Path dataDir, Env env, Consumer<URI> browser, StartedBy startedBy,
                   Stager stager) {
        this.store = store;
        this.dataDir = dataDir;
        this.env = env;
        this.browser = browser;
        this.startedBy = startedBy;
        this.stager = stager;
        this.tokens = new StoreTokenStore(store.secrets());
        this.history = new StoreProblemHistory(store.problems());
        this.log = new PublishLog(store);
        this.targets = new TargetService(store, env);
    }

    /** The runs History lists, newest first: every publish, whoever started it. */
    public List<PublishRecord> runs() { return log.runs(); }

    /** Publish problems that a publish then got past, newest first: History's "fixed" rows. */
    public List<dev.lineup.model.ProblemFix> fixes(int limit) { return log.fixes(limit); }

    /** The layout's last publish (generation, files, share links) and {@code target}, where it goes now. */
    public LayoutPublishState state(String layout, String target) {
        return log.state(layout, target);
    }

    /** As {@link #state(String, String)} for the target the layout goes to now ({@link TargetService#targetOf}). */
    public LayoutPublishState state(String layout) {
        return state(layout, targets.targetOf(layout));
    }

    /** The layouts there are, in the store's order. */
    public List<String> layouts() {
        return store.layouts().names();
    }

    /** Records a layout rendered to a local folder only, for History. */
    public void recordOutput(String layout, String what) {
        log.output(layout, what, startedBy);
    }

    /**
     * Renders the layout into its default output folder ({@code DATA/output/NAME}), records it; returns that
     * folder. A {@code cancel} pressed meanwhile stops it with the folder's previous output untouched.
     */
    public Path output(String layout, Progress progress, Cancellation cancel) throws IOException {
        Path dir = LayoutOutput.defaultDir(store, layout);
        RenderResult r = LayoutOutput.render(store, layout, dir, progress, cancel);
        recordOutput(layout, "rendered " + r.channels() + " channels to " + dir);
        return dir;
    }

    public TokenStore tokens() {
        return tokens;
    }

    public ProblemHistory history() {
        return history;
    }

    /** This installation's role; publishing and the lease are for a primary only. */
    public Role role() {
        return installation().role();
    }

    /** Publishes {@code layouts} (empty: every layout) to {@code targetName}. */
    public PublishResult publish(List<String> layouts, String targetName, Progress progress,
                                 Consumer<PublishEvent> events, Cancellation cancel)
            throws SyncException, NotPrimaryException, IOException {
        return publish(layouts, targetName, Publisher.Options.DEFAULT.watchedBy(progress, events), cancel);
    }

    /**
     * As {@link #publish(List, String, Progress, Consumer, Cancellation)} with the wizard's choices
     * (overwrite a changed manifest, take over a confirmed live lease). The options' progress hears the
     * rendering too. {@code cancel} (may be null) is checked between
     * layouts, while rendering, before each upload and after each uploaded chunk; a cancelled publish releases
     * the lease and throws {@link dev.lineup.task.CancelledException}.
     * Failures are {@code SyncProblemException}s carrying the recorded {@link SyncProblem}.
     */
    public PublishResult publish(List<String> layouts, String targetName, Publisher.Options options,
                                 Cancellation cancel) throws SyncException, NotPrimaryException, IOException {
        return publish(layouts, targetName, options, cancel, "published: ");
    }

    /** Publishes one layout to the target it goes to ({@link TargetService#targetOf}), with the wizard's choices. */
    public PublishResult publish(String layout, Publisher.Options options, Cancellation cancel)
            throws SyncException, NotPrimaryException, IOException {
        String target = targets.targetOf(layout);
        if (target == null) {
            throw new NoSuchElementException("there is no publish target; add one first");
        }
        return publish(List.of(layout), target, options, cancel);
    }

    /** The recovery wizard's re-output and clean slate: History says the wizard published. */
    PublishResult publishByWizard(List<String> layouts, String targetName, Progress progress,
                                  Consumer<PublishEvent> events) throws SyncException, NotPrimaryException, IOException {
        return publish(layouts, targetName, Publisher.Options.DEFAULT.watchedBy(progress, events), null,
                PublishLog.BY_WIZARD);
    }

    private PublishResult publish(List<String> layouts, String targetName, Publisher.Options options,
                                  Cancellation cancel, String what)
            throws SyncException, NotPrimaryException, IOException {
        List<String> names = publishable(layouts, targetName);
        Progress progress = options.progress();
        CombinedStaging staging = new CombinedStaging(dataDir, targetName);
        GuideNaming naming = new GuideNaming(store, targetName, () -> openTarget(targetName));
        naming.render(stager, stager == DEFAULT_STAGER, names, staging, progress, cancel);
        // A cloud folder makes a guide's share link only once the file exists: a first publish there uploads the
        // guide first and names its link in the playlist before that goes up (GuideNaming#linkNamer).
        return LinkChecks.after(store.settings(), checkLinks, publishStaged(names, naming.unnamed(), targetName,
                staging, options, cancel, what), cancel);
    }

    /**
     * Publishes layouts a caller already rendered (a scheduled run, into each layout's output folder), all
     * under one lease: their files are linked into the target's staging, never rendered or copied again.
     * {@code rendered} maps each layout to its folder, in publishing order.
     */
    public PublishResult publishRendered(Map<String, Path> rendered, String targetName, Publisher.Options options,
                                         BusyWait wait) throws SyncException, NotPrimaryException, IOException {
        List<String> names = publishable(List.copyOf(rendered.keySet()), targetName);
        CombinedStaging staging = new CombinedStaging(dataDir, targetName);
        for (String n : names) {
            staging.adopt(n, rendered.get(n));
        }
        return waiting(wait, targetName, () -> LinkChecks.after(store.settings(), checkLinks, publishStaged(names,
                names, targetName, staging, options, null, "published: "), null));
    }

    /** The layouts to publish ({@code layouts}, or every layout when empty), checked before anything is rendered. */
    private List<String> publishable(List<String> layouts, String targetName) throws NotPrimaryException {
        Role role = installation().role();
        if (!role.mayPublish()) {
            throw new NotPrimaryException(role);
        }
        target(targetName);
        List<String> existing = store.layouts().names();
        List<String> names = layouts.isEmpty() ? existing : List.copyOf(layouts);
        if (names.isEmpty()) {
            throw new NoSuchElementException("there is no layout to publish; create one first");
        }
        for (String n : names) {
            if (!existing.contains(n)) {
                throw new NoSuchElementException("no layout named \"" + n + "\" (layouts: " + existing + ")");
            }
        }
        return names;
    }

    /** Publishes the staging under one lease, recording the run; {@code unnamed}: see {@link GuideNaming#unnamed}. */
    private LinkChecks.Published publishStaged(List<String> names, java.util.Collection<String> unnamed,
            String targetName, CombinedStaging staging, Publisher.Options options, Cancellation cancel, String what)
            throws SyncException, NotPrimaryException, IOException {
        Installation inst = installation();
        Role role = inst.role();
        TargetConfig config = target(targetName);
        (cancel == null ? Cancellation.none() : cancel).check(PUBLISH);
        PublishReport report;
        StagedFolder combined;
        try {
            combined = staging.combine(store.layouts().names(), new Manifest.Instance(inst.id(), inst.name()));
            Consumer<PublishEvent> events = options.events();
            GuideNaming.LinkNamer links = GuideNaming.linkNamer(store, unnamed, targetName, staging);
            try (OpenTarget open = OpenTarget.open(this, targetName,
                    (call, e, attempt, delay) -> events.accept(new PublishEvent.Retrying(call, e, delay)))) {
                Publisher publisher = new Publisher(open.leases(), open.pacer(), role,
                        new TargetProblems(history, targetName)).namingLinks(links);
                report = publisher.publish(combined, "publish " + describe(names), options.withCancellation(cancel));
            }
            combined = links.applied(combined);
        } catch (SyncException e) {
            SyncProblem problem = SyncProblem.of(e, targetName, Instant.now()).withTarget(targetName);
            if (!(e instanceof dev.lineup.sync.SyncProblemException)) {
                history.record(problem); // e.g. not signed in at open
            }
            SignIns.recordProblem(store.settings(), targetName, problem);
            log.failed(names, targetName, problem.cliLine(), startedBy);
            throw e; // as met: the wizard shows where (the target's description); the history keeps its name
        } finally {
            staging.clean();
        }
        if (Targets.provider(config).signsIn()) {
            SignIns.recordOk(store.settings(), targetName, "published");
        }
        log.published(names, targetName, report, startedBy, what);
        return new LinkChecks.Published(new PublishResult(names, targetName, report), combined);
    }

    /** Whether publishes end with the player's-eye link check (if setting publish.check-links allows it). */
    public void checkLinks(boolean on) { this.checkLinks = on; }

    /**
     * As {@link #publish(List, String, Publisher.Options, Cancellation)}, but a folder busy with another
     * installation's live lease is waited for within {@code wait}'s budget (never taken over).
     */
    public PublishResult publish(List<String> layouts, String targetName, Publisher.Options options,
                                 Cancellation cancel, BusyWait wait)
            throws SyncException, NotPrimaryException, IOException {
        return waiting(wait, targetName, () -> publish(layouts, targetName, options, cancel));
    }

    /** Runs {@code publish}, within {@code wait}'s budget for a folder busy with another installation (null: at once). */
    private PublishResult waiting(BusyWait wait, String targetName, BusyWait.Attempt<PublishResult> publish)
            throws SyncException, NotPrimaryException, IOException {
        try {
            return wait == null ? publish.run() : wait.publish(targetName, publish, () -> locks().status(targetName));
        } catch (SyncException | NotPrimaryException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The clean slate: under the lease, delete every file in the target's folder (not the lock), then
     * publish {@code layouts} again. Returns that publish. Destroys what others published there: callers
     * ask the user first.
     */
    public PublishResult cleanSlate(List<String> layouts, String targetName, Progress progress,
                                    Consumer<PublishEvent> events) throws SyncException, IOException {
        java.util.concurrent.atomic.AtomicReference<PublishResult> published = new java.util.concurrent.atomic.AtomicReference<>();
        recoveryActions(targetName, layouts, progress, events, published::set).cleanSlate("clean slate for " + targetName);
        return published.get();
    }

    /** Renames a layout, its files too (target, rules and history go with it): "publish under another name". */
    public void renameLayout(String from, String to) throws IOException {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("the layout needs a new name");
        }
        new LayoutService(store).renameWithNewFiles(from, to.strip());
    }

    /**
     * The recovery actions for a problem met publishing {@code layouts} to {@code targetName}; their re-output
     * publishes the same layouts again, reporting to {@code progress} and {@code events}, and {@code reOutput} is
     * told each publish a re-output (or clean slate) made. The target stays open until this service is closed.
     */
    synchronized dev.lineup.sync.RecoveryActions recoveryActions(String targetName, List<String> layouts,
            Progress progress, Consumer<PublishEvent> events, Consumer<PublishResult> reOutput) throws SyncException {
        OpenTarget target = OpenTarget.open(this, targetName, null);
        recoveryTargets.add(target);
        return RecoveryWiring.wire(this, target, targetName, layouts, progress, events, reOutput);
    }

    /**
     * For a secondary-mirror: brings {@code dir} (default {@code DATA/mirror/TARGET}) up to what the
     * primary last published to {@code targetName}, read-only (never takes the lease, never writes there).
     */
    public MirrorDownloader.Result mirror(String targetName, Path dir) throws SyncException, IOException {
        Path local = dir != null ? dir : defaultMirrorDir(targetName);
        try (OpenTarget open = OpenTarget.open(this, targetName, null)) {
            return new MirrorDownloader(open.target(), local, open.pacer()).sync();
        } catch (SyncException e) {
            history.record(SyncProblem.of(e, targetName, Instant.now())); // a mirror's problems count too
            throw e;
        }
    }

    /**
     * For a secondary-mirror: {@link #mirror(String, Path)} into {@code DATA/mirror/TARGET} from the schedule's
     * target ({@code schedule.publish-target}), else from the first target, as {@code lineup mirror} does.
     */
    public Mirrored mirror() throws SyncException, IOException {
        List<String> names = targets.names();
        String target = ScheduledPublish.target(store).filter(names::contains)
                .orElseGet(() -> names.isEmpty() ? null : names.get(0));
        if (target == null) {
            throw new NoSuchElementException("there is no target to download from; add the primary's folder first");
        }
        return new Mirrored(target, defaultMirrorDir(target), mirror(target, null));
    }

    public Path defaultMirrorDir(String targetName) {
        return dataDir.resolve("mirror").resolve(LayoutOutput.fileName(targetName));
    }

    /** The lock panel's operations over this service's targets. */
    public LockService locks() {
        return new LockService(this);
    }

    @Override
    public synchronized void close() {
        recoveryTargets.forEach(RecoveryWiring::closeQuietly);
        recoveryTargets.clear();
    }

    /** Opens a target by name (the caller closes it): a recovery action, or a test's other installation. */
    public PublishTarget openTarget(String targetName) throws SyncException {
        return Targets.open(target(targetName), tokens, env, browser, store.settings().httpOptions());
    }

    TargetService targets() { return targets; }

    LineupStore store() {
        return store;
    }

    TargetConfig target(String name) {
        return store.targets().find(name).orElseThrow(() -> new UnknownTargetException(name,
                store.targets().list().stream().map(TargetConfig::name).toList()));
    }

    Installation installation() {
        return store.installation().get().orElseThrow(() -> new IllegalStateException(
                "this installation has no name yet; run 'lineup init --name NAME' first"));
    }

    private static String describe(List<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add("'" + n + "'"));
        return (names.size() == 1 ? "layout " : "layouts ") + String.join(", ", quoted);
    }

}
