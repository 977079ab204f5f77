package dev.lineup.service.publish;

import dev.lineup.model.TargetConfig;
import dev.lineup.service.common.Env;
import dev.lineup.service.common.StandardProviders;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.store.LineupStore;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.Provider;
import dev.lineup.sync.Reauthorizer;
import dev.lineup.sync.SyncException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The publish targets, for the Publish screen and {@code lineup target} alike: the one way to add, list,
 * remove and sign in a target. What differs between a local folder, Dropbox and Google Drive (the folder's
 * form, whether it signs in, its client id's name) comes from the provider registry, never from a switch
 * on the kind. Tokens go to the secrets table and never come back out of here. Call off the UI thread.
 */
public final class TargetService {
    /** Where a layout goes unless the user picked another target: the default target {@code init} adds. */
    public static final String DEFAULT_TARGET = "local";
    private final LineupStore store;
    private final StoreTokenStore tokens;
    private final Env env;
    /** Where provider pages open: nowhere until the desktop app hands over its browser. */
    private final AtomicReference<Consumer<String>> browser = new AtomicReference<>(u -> { });

    public TargetService(LineupStore store, Env env) {
        this.store = store;
        this.tokens = new StoreTokenStore(store.secrets());
        this.env = env;
    }

    /** The targets of an open workspace ({@code env} points cloud targets at their servers). */
    public static TargetService of(Workspace ws, Env env) {
        return new TargetService(ws.store(), env);
    }

    /** A target as a form or the command line gives it; {@code clientId} and {@code apiUrl} may be null. */
    public record TargetForm(String name, String kind, String folder, String clientId, String apiUrl) {
    }

    /** Every target, as the Publish screen and {@code target list} show it (never a token). */
    public List<TargetInfo> list() {
        List<TargetInfo> out = new ArrayList<>();
        for (TargetConfig t : store.targets().list()) {
            Optional<OAuthTokens> stored = provider(t).signsIn() ? tokens.get(t.name()) : Optional.empty();
            out.add(new TargetInfo(t.name(), t.kind(), TargetSettings.of(t).folder(), stored.isPresent(),
                    stored.map(OAuthTokens::account).orElse(null), SignIns.last(store.settings(), t.name()).orElse(null),
                    SignIns.wayOf(t) == SignIns.Way.PASTE_TOKEN));
        }
        return out;
    }

    public Optional<TargetConfig> find(String name) {
        return store.targets().find(name);
    }

    /** The layout's chosen target, else the default one, else the first; null when there is no target. */
    public String targetOf(String layout) {
        List<String> names = names();
        Optional<String> chosen = store.layoutState().target(layout).filter(names::contains);
        return chosen.orElse(names.contains(DEFAULT_TARGET) ? DEFAULT_TARGET : names.isEmpty() ? null : names.get(0));
    }

    /** Sends the layout to {@code target} from now on; {@link UnknownTargetException} for an unknown name. */
    public void setTarget(String layout, String target) {
        get(target);
        store.layoutState().setTarget(layout, target);
    }

    /** The layouts that go to {@code target} (by their choice or by default). */
    public List<String> layoutsOf(String target) {
        return store.layouts().names().stream().filter(l -> target.equals(targetOf(l))).toList();
    }

    /**
     * The target a recorded problem was met on, if it still exists: problems carry the target's name (the
     * store keeps its id and reads back its current name). Problems recorded by older versions named the
     * target by its description, which holds its folder.
     */
    public Optional<String> targetNamed(String recorded) {
        if (recorded == null) {
            return Optional.empty();
        }
        List<TargetConfig> all = store.targets().list();
        return all.stream().map(TargetConfig::name).filter(recorded::equals).findFirst()
                .or(() -> all.stream().filter(t -> recorded.contains(TargetSettings.of(t).folder()))
                        .map(TargetConfig::name).findFirst());
    }

    /** The targets' names, in the store's order. */
    public List<String> names() {
        return store.targets().list().stream().map(TargetConfig::name).toList();
    }

    /** The target of that name; {@link UnknownTargetException} (naming the known ones) when there is none. */
    public TargetConfig get(String name) {
        return find(name).orElseThrow(() -> new UnknownTargetException(name,
                store.targets().list().stream().map(TargetConfig::name).toList()));
    }

    /**
     * Checks and stores a target: a name, a folder of the provider's form, an app key / client id only
     * where the provider signs in. {@code replace}: the command line's "add (or replace)"; else a taken
     * name is refused. {@code signIn} (may be null) is stored as the target's tokens at once.
     */
    public TargetConfig add(TargetForm f, boolean replace, OAuthTokens signIn) {
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a target needs a name");
        }
        Provider p = StandardProviders.registry().get(f.kind());
        String folder = p.checkFolder(f.folder());
        String clientId = f.clientId() == null || f.clientId().isBlank() ? null : f.clientId().strip();
        if (!p.signsIn() && (clientId != null || signIn != null)) {
            throw new IllegalArgumentException("a " + p.label().toLowerCase(java.util.Locale.ROOT)
                    + " target does not sign in: it takes no app key, client id or token");
        }
        if (!replace && find(name).isPresent()) {
            throw new IllegalArgumentException("there is already a target named \"" + name + "\"");
        }
        TargetConfig config = new TargetSettings(folder, clientId, f.apiUrl()).toConfig(name, p.kind());
        store.targets().put(config);
        if (signIn != null) {
            tokens.put(name, signIn);
            SignIns.clearCheck(store.settings(), name);
        }
        return config;
    }

    /** Removes the target, its stored tokens and its last sign-in check; false when there was none. */
    public boolean remove(String name) {
        SignIns.clearCheck(store.settings(), name);
        boolean removed = store.targets().remove(name);
        tokens.delete(name);
        return removed;
    }

    /** The provider of a target's kind (its label, its sign-in, its page). */
    public Provider provider(TargetConfig target) {
        return StandardProviders.registry().get(target.kind());
    }

    /** Whether tokens are stored for the target (the provider may still refuse them: see {@link #lastCheck}). */
    public boolean hasTokens(String name) {
        return tokens.get(name).isPresent();
    }

    public Optional<SignIns.Check> lastCheck(String name) {
        return SignIns.last(store.settings(), name);
    }

    /** How the target signs in again: in the browser, or (added with a bare token) by a new token. */
    public SignIns.Way signInWay(String name) {
        return SignIns.wayOf(get(name));
    }

    /** Replaces the sign-in with an access token (pasted, or from the environment); the next call uses it. */
    public void useAccessToken(String name, String accessToken) {
        SignIns.useAccessToken(get(name), tokens, accessToken);
        SignIns.clearCheck(store.settings(), name);
    }

    /** Replaces the sign-in with a refresh token of the target's app key / client id. */
    public void useRefreshToken(String name, String refreshToken) {
        SignIns.useRefreshToken(get(name), tokens, refreshToken);
        SignIns.clearCheck(store.settings(), name);
    }

    /** The provider's consent page in {@code browser}, then waits for the loopback redirect (up to five minutes). */
    public void signIn(String name, Consumer<URI> browser) throws SyncException {
        Targets.signIn(get(name), tokens, env, browser, Reauthorizer.SIGN_IN_TIMEOUT);
        SignIns.clearCheck(store.settings(), name);
    }

    /** As {@link #signIn(String, Consumer)} in the browser set by {@link #setBrowser}. */
    public void signIn(String name) throws SyncException {
        signIn(name, this::browse);
    }

    /** Shows provider pages (sign-in, storage) from now on; the desktop app passes its HostServices here. */
    public void setBrowser(Consumer<String> showDocument) {
        browser.set(showDocument);
    }

    /** The Publish screen's "Connect Dropbox / Google Drive" flow: sign in first, then name the target. */
    public CloudConnect connect() {
        return new CloudConnect(this, env, this::browse);
    }

    /** Shows {@code uri} in the browser set by {@link #setBrowser} (nothing before that). */
    public void browse(URI uri) {
        browser.get().accept(uri.toString());
    }

    /** Shows the target's page ({@link #page}) in the browser set by {@link #setBrowser}. */
    public void openPage(String name) {
        browse(page(name));
    }

    /**
     * Points a target at another folder of the same provider (the "separate folder" fix); its sign-in
     * stays. {@link IllegalArgumentException} for a folder the provider cannot have.
     */
    public void moveTarget(String targetName, String folder) {
        TargetConfig config = get(targetName);
        String f = folder == null ? "" : folder.strip();
        if (f.isEmpty()) {
            throw new IllegalArgumentException("a separate folder needs a name");
        }
        f = StandardProviders.registry().get(config.kind()).checkFolder(f);
        store.targets().put(TargetSettings.of(config).withFolder(f).toConfig(config.name(), config.kind()));
    }

    /** Revokes the grant at the provider (where it can be) and forgets the tokens. */
    public void signOut(String name) throws SyncException {
        Targets.signOut(get(name), tokens, env);
    }

    /** Where the user sees the target's folder: the provider's web page, or the local folder itself. */
    public URI page(String name) {
        TargetConfig t = get(name);
        return provider(t).page(TargetSettings.of(t).folder());
    }
}
