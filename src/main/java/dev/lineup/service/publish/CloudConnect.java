package dev.lineup.service.publish;

import dev.lineup.model.TargetConfig;
import dev.lineup.service.common.Env;
import dev.lineup.service.common.StandardProviders;
import dev.lineup.sync.LoopbackReceiver;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.Provider;
import dev.lineup.sync.Reauthorizer;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.CancelledException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connecting a new cloud target as the Publish screen's "Connect" flow does it: sign in first, holding the
 * tokens in memory only, then name the target and its folder. A sign-in that fails or is cancelled leaves
 * nothing behind; a name that is taken is refused before anything is stored. Call off the UI thread.
 */
public final class CloudConnect {
    private final TargetService targets;
    private final Env env;
    private final Consumer<URI> browser;

    CloudConnect(TargetService targets, Env env, Consumer<URI> browser) {
        this.targets = targets;
        this.env = env;
        this.browser = browser;
    }

    /** A finished sign-in that is not a target yet. Its tokens never leave this package. */
    public static final class SignedIn {
        private final String kind;
        private final OAuthTokens tokens;

        private SignedIn(String kind, OAuthTokens tokens) {
            this.kind = kind;
            this.tokens = tokens;
        }

        public String kind() {
            return kind;
        }

        /** The account as the provider names it (may be null: Google does not say). */
        public String account() {
            return tokens.account();
        }

        @Override
        public String toString() {
            return "SignedIn[" + kind + "]";
        }
    }

    /** What the "create your own app" steps show for a provider: where, which permissions, which redirect. */
    public record AppSetup(URI console, List<String> permissions, String redirectUri, String keyName) {
    }

    /** The key this build (or the environment) carries for {@code kind}: with it, connecting is one click. */
    public Optional<String> builtInKey(String kind) {
        return BuiltInAppKeys.of(kind, env);
    }

    public AppSetup appSetup(String kind) {
        Provider p = StandardProviders.registry().get(kind);
        return new AppSetup(p.appConsole(), p.permissions(), LoopbackReceiver.REDIRECT_BASE, p.clientIdName());
    }

    /** Shows the provider's app console, where one creates one's own app, in the browser. */
    public void openConsole(String kind) {
        browser.accept(StandardProviders.registry().get(kind).appConsole());
    }

    /** The provider's suggested folder, e.g. "/Lineup". */
    public String suggestedFolder(String kind) {
        return StandardProviders.registry().get(kind).suggestedFolder();
    }

    /** The provider's name, else "Dropbox 2", "Dropbox 3"… : the first one no target has. */
    public String suggestedName(String kind) {
        String label = StandardProviders.registry().get(kind).label();
        List<String> taken = targets.names();
        String name = label;
        for (int i = 2; taken.contains(name); i++) {
            name = label + " " + i;
        }
        return name;
    }

    /**
     * The provider's consent page in the browser with {@code clientId}, then waits (up to five minutes) for the
     * loopback answer. {@code cancel} stops the wait at once ({@link CancelledException}); nothing is stored.
     */
    public SignedIn signIn(String kind, String clientId, Cancellation cancel) throws SyncException {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("enter the " + StandardProviders.registry().get(kind).clientIdName()
                    + " first");
        }
        String draft = "new " + kind + " target";
        TargetConfig config = new TargetSettings(suggestedFolder(kind), clientId.strip(), null).toConfig(draft, kind);
        TokenStore memory = TokenStore.inMemory();
        Thread waiting = Thread.currentThread();
        try (Cancellation.Registration r = cancel.onCancel(waiting::interrupt)) {
            Targets.signIn(config, memory, env, browser, Reauthorizer.SIGN_IN_TIMEOUT);
        } catch (SyncException | RuntimeException e) {
            cancel.check("sign-in");
            throw e;
        } finally {
            Thread.interrupted(); // a cancel's interrupt ends here, not in the next task of this thread
        }
        cancel.check("sign-in");
        return new SignedIn(kind, memory.get(draft).orElseThrow(() -> new IllegalStateException(
                StandardProviders.registry().get(kind).label() + " gave no lasting sign-in; try again")));
    }

    /** Stores the signed-in target; a taken name or a folder of the wrong form is refused, nothing is replaced. */
    public void add(SignedIn signedIn, String name, String folder) {
        targets.add(new TargetService.TargetForm(name, signedIn.kind, folder, signedIn.tokens.clientId(), null),
                false, signedIn.tokens);
    }

    /** The advanced path: a target over an access token from the provider's console (no app key, no refresh). */
    public void addWithToken(String kind, String name, String folder, String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("paste the access token first");
        }
        targets.add(new TargetService.TargetForm(name, kind, folder, null, null), false,
                new OAuthTokens(accessToken.strip(), null, null, null, null));
    }
}
