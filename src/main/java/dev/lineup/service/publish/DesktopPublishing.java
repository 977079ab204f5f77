package dev.lineup.service.publish;

import dev.lineup.model.Role;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.RenderResult;
import dev.lineup.service.common.Env;
import dev.lineup.store.LineupStore;
import dev.lineup.sync.MirrorDownloader;
import dev.lineup.sync.NotPrimaryException;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import dev.lineup.task.Progress;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Publishing as the desktop screens see it, over the store and {@link PublishService}: layouts and
 * their targets, the last publish of each, targets with their sign-in, output, publish, the problem
 * history and the recovery wizard's sessions. Every method may block (database, network): call it from
 * a background task. The browser callback is set once the UI toolkit runs. Closing it closes the store.
 */
public final class DesktopPublishing implements Closeable {
    private final LineupStore store;
    private final Env env;
    private final AtomicReference<Consumer<String>> browser = new AtomicReference<>(u -> { });
    private final PublishService service;
    private final TargetService targets;
    /** Publishing over a store the app's workspace owns: closing this leaves the store open. */
    public DesktopPublishing(LineupStore store, Path dataDir, Env env) {
        this.store = store;
        this.env = env;
        this.service = new PublishService(store, dataDir, env, this::browse, StartedBy.DESKTOP);
        this.targets = new TargetService(store, env);
    }

    /** Shows a provider's page (sign-in, storage); the desktop app passes its HostServices here. */
    public void setBrowser(Consumer<String> showDocument) {
        browser.set(showDocument);
    }

    public List<String> layouts() {
        return store.layouts().names();
    }

    public Role role() {
        return service.role();
    }

    public List<TargetInfo> targets() {
        return targets.list();
    }

    /** The layout's chosen target, else the default one, else the first; null when there is no target. */
    public String targetOf(String layout) {
        return targets.targetOf(layout);
    }

    public void setTarget(String layout, String target) {
        targets.setTarget(layout, target);
    }

    public LayoutPublishState state(String layout) {
        return service.state(layout, targetOf(layout));
    }

    /** Renders the layout into its default output folder ({@code DATA/output/NAME}); returns that folder. */
    public Path output(String layout, Progress progress) throws IOException {
        Path dir = LayoutOutput.defaultDir(store, layout);
        RenderResult r = LayoutOutput.render(store, layout, dir, progress);
        service.recordOutput(layout, "rendered " + r.channels() + " channels to " + dir);
        return dir;
    }

    /** Publishes one layout to its target with the wizard's choices; the service records the run either way. */
    public PublishResult publish(String layout, Publisher.Options options, BooleanSupplier cancel)
            throws SyncException, NotPrimaryException, IOException {
        String target = targetOf(layout);
        if (target == null) {
            throw new java.util.NoSuchElementException("there is no publish target; add one first");
        }
        return service.publish(List.of(layout), target, options, cancel);
    }

    /** What a desktop mirror download did: the target, the local folder, and the downloader's result. */
    public record Mirrored(String target, Path folder, MirrorDownloader.Result result) {
    }

    /**
     * For a secondary-mirror: brings {@code DATA/mirror/TARGET} up to what the primary last published to the
     * schedule's target ({@code schedule.publish-target}), else to the first target, as {@code lineup mirror}
     * does (read-only: never takes the lease, never writes there).
     */
    public Mirrored mirror() throws SyncException, IOException {
        List<String> names = targets.names();
        String target = ScheduledPublish.target(store).filter(names::contains)
                .orElseGet(() -> names.isEmpty() ? null : names.get(0));
        if (target == null) {
            throw new java.util.NoSuchElementException("there is no target to download from; add the primary's folder first");
        }
        return new Mirrored(target, service.defaultMirrorDir(target), service.mirror(target, null));
    }

    /** The wizard for {@code problem}, met publishing {@code layout} to {@code target}. */
    public RecoverySession recovery(SyncProblem problem, String target, String layout) throws SyncException {
        List<String> layouts = layout == null ? layoutsOf(target) : List.of(layout);
        // The clean slate publishes through the wiring's re-output: the session needs that publish to say so.
        java.util.concurrent.atomic.AtomicReference<PublishResult> reOutput = new java.util.concurrent.atomic.AtomicReference<>();
        // The service records the wizard's publish (a clean slate, a re-output) like any other, so History lists it.
        return new RecoverySession(this, service.recoveryActions(target, layouts, dev.lineup.sync.PublishListener.NONE,
                reOutput::set), problem, target, layouts, reOutput::get);
    }

    /** The lease in the target's folder now, judged by the provider's clock; empty when the folder is free. */
    public Optional<dev.lineup.sync.LeaseStatus> leaseStatus(String target) throws SyncException {
        return service.locks().status(target);
    }

    /** Opens a target by name (the caller closes it); for the screenshot tour's simulated other installation. */
    public PublishTarget openTarget(String name) throws SyncException {
        return service.openTarget(name);
    }

    /** The target a recorded problem was met on, if it still exists (see {@link TargetService#targetNamed}). */
    public Optional<String> targetNamed(String recorded) {
        return targets.targetNamed(recorded);
    }

    public List<SyncProblem> problems(int limit) {
        return service.history().recent(limit);
    }

    public Map<ProblemKind, Long> problemCounts() {
        return service.history().counts();
    }

    public List<PublishRecord> runs() {
        return service.runs();
    }

    /** Adds a target from the Publish screen's form; a taken name is refused (nothing is replaced). */
    public void addTarget(String name, String kind, String folder, String clientId) {
        targets.add(new TargetService.TargetForm(name, kind, folder, clientId, null), false, null);
    }

    /** The Publish screen's "Connect Dropbox / Google Drive" flow: sign in first, then name the target. */
    public CloudConnect connect() {
        return new CloudConnect(targets, env, this::browse);
    }

    public void removeTarget(String name) {
        targets.remove(name);
    }

    /** Opens the provider's consent page and waits for the loopback redirect (up to five minutes). */
    public void signIn(String name) throws SyncException {
        targets.signIn(name, this::browse);
    }

    /**
     * Renames a layout (its target, rules and publish history go with it), for "publish under another
     * name"; {@link IllegalArgumentException} when the new name is empty or taken.
     */
    public void renameLayout(String from, String to) throws IOException {
        service.renameLayout(from, to);
    }

    /** How {@code name} signs in again: in the browser, or (added with a bare token) by pasting a new token. */
    public SignIns.Way signInWay(String name) {
        return targets.signInWay(name);
    }

    /** Replaces a token-only target's sign-in with a pasted access token. */
    public void useAccessToken(String name, String accessToken) {
        targets.useAccessToken(name, accessToken);
    }

    public void signOut(String name) throws SyncException {
        targets.signOut(name);
    }

    /** The provider's web page for a target (storage, sharing); a local folder has none. */
    public void openProviderPage(String target) {
        // A local (or desktop-synced) folder has no provider page: its page is the folder itself.
        browser.get().accept(targets.page(target).toString());
    }

    PublishService service() {
        return service;
    }

    List<String> layoutsOf(String target) {
        return targets.layoutsOf(target);
    }

    @Override
    public void close() {
        service.close();
    }

    private void browse(URI uri) {
        browser.get().accept(uri.toString());
    }
}
