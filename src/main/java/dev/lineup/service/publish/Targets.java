package dev.lineup.service.publish;

import dev.lineup.model.HttpOptions;
import dev.lineup.model.TargetConfig;
import dev.lineup.service.common.Env;
import dev.lineup.service.common.StandardProviders;
import dev.lineup.sync.Provider;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TargetPlace;
import dev.lineup.sync.TokenStore;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/** Opens the {@link PublishTarget} a stored {@link TargetConfig} describes, and signs cloud targets in. */
public final class Targets {
    private Targets() {
    }

    /** A target that cannot sign in again by itself (no browser). */
    public static PublishTarget open(TargetConfig config, TokenStore tokens, Env env) throws SyncException {
        return open(config, tokens, env, null);
    }

    /**
     * {@code browser} (may be null) shows a provider's consent page when the target is asked to
     * reauthorize; with it, Dropbox and Drive targets implement {@code sync.Reauthorizer}.
     */
    public static PublishTarget open(TargetConfig config, TokenStore tokens, Env env, Consumer<URI> browser)
            throws SyncException {
        return open(config, tokens, env, browser, HttpOptions.DEFAULTS);
    }

    /** As above, with the user's HTTP settings ({@code Settings.httpOptions()}) for the provider's calls. */
    public static PublishTarget open(TargetConfig config, TokenStore tokens, Env env, Consumer<URI> browser,
                                     HttpOptions http) throws SyncException {
        return provider(config).open(place(config, tokens, env, browser, http));
    }

    /** Runs the provider's PKCE sign-in on a loopback redirect and stores the tokens; waits up to {@code timeout}. */
    public static void signIn(TargetConfig config, TokenStore tokens, Env env, Consumer<URI> browser,
                              Duration timeout) throws SyncException {
        Provider provider = provider(config);
        if (!provider.signsIn()) {
            throw new IllegalArgumentException("target '" + config.name() + "' is a local folder: it needs no sign-in");
        }
        if (TargetSettings.of(config).clientId() == null) {
            throw new IllegalArgumentException("target '" + config.name() + "' has no "
                    + provider.clientIdName() + " (" + provider.clientIdOption() + ")"
                    + "; add the target again with it to sign in");
        }
        provider.signIn(place(config, tokens, env, browser, null), timeout);
    }

    /** Revokes a cloud target's grant at the provider and forgets its tokens; a local folder has none. */
    public static void signOut(TargetConfig config, TokenStore tokens, Env env) throws SyncException {
        provider(config).revoke(place(config, tokens, env, null, null));
        tokens.delete(config.name()); // a hand-supplied token cannot be revoked remotely; forget it anyway
    }

    /** The provider of the target's kind; an unknown kind is an {@link IllegalArgumentException} naming the known ones. */
    static Provider provider(TargetConfig config) {
        return StandardProviders.registry().get(config.kind());
    }

    private static TargetPlace place(TargetConfig config, TokenStore tokens, Env env, Consumer<URI> browser,
                                     HttpOptions http) {
        TargetSettings s = TargetSettings.of(config);
        return new TargetPlace(config.name(), s.folder(), s.clientId(), s.baseUrl(), tokens, env::find, browser, http);
    }
}
