package dev.lineup.service.publish;

import dev.lineup.service.common.Env;
import com.google.api.client.auth.oauth2.Credential;
import dev.lineup.model.HttpOptions;
import dev.lineup.model.TargetConfig;
import dev.lineup.service.common.Env;
import dev.lineup.service.common.StandardProviders;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.Provider;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import dev.lineup.sync.dropbox.DropboxAuth;
import dev.lineup.sync.dropbox.DropboxConfig;
import dev.lineup.sync.dropbox.DropboxTarget;
import dev.lineup.sync.gdrive.DriveAuth;
import dev.lineup.sync.gdrive.DriveEndpoints;
import dev.lineup.sync.gdrive.DriveTarget;
import dev.lineup.sync.gdrive.DriveTargetConfig;
import dev.lineup.sync.local.LocalFolderTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
        TargetSettings s = TargetSettings.of(config);
        switch (config.kind()) {
            case TargetSettings.LOCAL:
                return new LocalFolderTarget(Path.of(s.folder()));
            case TargetSettings.DROPBOX:
                return new DropboxTarget(dropboxConfig(config.name(), s, env).withHttp(http), tokens, browser);
            case TargetSettings.GDRIVE:
                return drive(config.name(), s, tokens, env, browser);
            default:
                throw new IllegalArgumentException("target '" + config.name() + "' has unknown kind '"
                        + config.kind() + "' (expected local, dropbox or gdrive)");
        }
    }

    /** Runs the provider's PKCE sign-in on a loopback redirect and stores the tokens; waits up to {@code timeout}. */
    public static void signIn(TargetConfig config, TokenStore tokens, Env env, Consumer<URI> browser,
                              Duration timeout) throws SyncException {
        TargetSettings s = TargetSettings.of(config);
        Provider provider = StandardProviders.registry().get(config.kind());
        if (!provider.signsIn()) {
            throw new IllegalArgumentException("target '" + config.name() + "' is a local folder: it needs no sign-in");
        }
        if (s.clientId() == null) {
            throw new IllegalArgumentException("target '" + config.name() + "' has no "
                    + provider.clientIdName() + " (" + provider.clientIdOption() + ")"
                    + "; add the target again with it to sign in");
        }
        if (config.kind().equals(TargetSettings.DROPBOX)) {
            try (DropboxAuth auth = new DropboxAuth(dropboxConfig(config.name(), s, env), tokens)) {
                auth.signIn(browser, timeout);
            }
        } else {
            new DriveAuth(driveEndpoints(s, env), s.clientId(), null, tokens, config.name()).signIn(browser, timeout);
        }
    }

    /** Revokes a cloud target's grant at the provider and forgets its tokens; a local folder has none. */
    public static void signOut(TargetConfig config, TokenStore tokens, Env env) throws SyncException {
        TargetSettings s = TargetSettings.of(config);
        if (config.kind().equals(TargetSettings.DROPBOX)) {
            try (DropboxAuth auth = new DropboxAuth(dropboxConfig(config.name(), s, env), tokens)) {
                auth.revoke();
            }
        } else if (config.kind().equals(TargetSettings.GDRIVE)) {
            if (s.clientId() != null) {
                new DriveAuth(driveEndpoints(s, env), s.clientId(), null, tokens, config.name()).revoke();
            }
        }
        tokens.delete(config.name()); // a hand-supplied token cannot be revoked remotely; forget it anyway
    }

    static DropboxConfig dropboxConfig(String name, TargetSettings s, Env env) {
        Optional<String> url = env.find(DropboxConfig.ENV_API_URL).or(() -> Optional.ofNullable(s.baseUrl()));
        return DropboxConfig.of(name, s.folder()).withAppKey(s.clientId())
                .withApiBaseUrl(url.map(URI::create).orElse(null));
    }

    static DriveEndpoints driveEndpoints(TargetSettings s, Env env) {
        Optional<String> url = env.find(DriveEndpoints.ROOT_URL_ENV).or(() -> Optional.ofNullable(s.baseUrl()));
        return url.map(DriveEndpoints::at).orElseGet(DriveEndpoints::google);
    }

    private static PublishTarget drive(String name, TargetSettings s, TokenStore tokens, Env env,
                                       Consumer<URI> browser) throws SyncException {
        DriveTargetConfig config = DriveTargetConfig.of(driveEndpoints(s, env), s.folder())
                .withSettle(DriveTargetConfig.settleFrom(env.find(DriveTargetConfig.SETTLE_ENV).orElse(null)));
        DriveAuth auth = s.clientId() == null ? null
                : new DriveAuth(config.endpoints(), s.clientId(), null, tokens, name);
        Optional<OAuthTokens> stored = tokens.get(name);
        if (stored.isEmpty()) {
            throw new SyncException(ProblemKind.REVOKED, "Google Drive target '" + name
                    + "' is not signed in (no token is stored); sign it in again");
        }
        return DriveAuth.openTarget(config, auth, stored.get(), browser);
    }
}
