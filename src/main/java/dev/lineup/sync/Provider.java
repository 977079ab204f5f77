package dev.lineup.sync;

import java.net.URI;
import java.time.Duration;

/**
 * What one storage provider (a local folder, Dropbox, Google Drive) tells the rest of the application about
 * itself, so that nothing outside its package switches on its kind string: its name, whether and how it signs
 * in, what a folder of it looks like, and its web page. Each provider package has one; the service layer lists
 * them in a {@link ProviderRegistry}.
 */
public interface Provider {
    /** The kind stored with a target and typed on the command line: {@code local}, {@code dropbox}, {@code gdrive}. */
    String kind();

    /** The provider's name for people: "Local folder", "Dropbox", "Google Drive". */
    String label();

    /** Whether a target of this kind signs in (holds OAuth tokens). */
    boolean signsIn();

    /** What its OAuth client is called ("app key", "client id"); null when it does not sign in. */
    String clientIdName();

    /** The command-line option that gives the OAuth client ({@code --app-key}); null when it does not sign in. */
    String clientIdOption();

    /** How a folder is entered, for a form: "Dropbox folder (e.g. /IPTV)". */
    String folderPrompt();

    /** The folder a new target of this kind suggests (the user may change it): "/Lineup" on Dropbox. */
    default String suggestedFolder() {
        return "Lineup";
    }

    /** Where a user registers their own app to get an app key / client id; null when it does not sign in. */
    default URI appConsole() {
        return null;
    }

    /** The permissions (scopes) that app needs, exactly as the provider's console names them. */
    default java.util.List<String> permissions() {
        return java.util.List.of();
    }

    /** {@code folder} as a folder of this provider, or an {@link IllegalArgumentException} saying what one looks like. */
    String checkFolder(String folder);

    /** Where the user sees a target's folder: the provider's web page, or a local folder itself. */
    URI page(String folder);

    /**
     * Opens the target at {@code place}. With a browser in {@code place}, a provider that signs in can also
     * sign in again when asked ({@link Reauthorizer}).
     */
    PublishTarget open(TargetPlace place) throws SyncException;

    /**
     * Runs the provider's consent page in {@code place}'s browser (PKCE, the answer caught on a loopback
     * redirect) and stores the tokens; waits up to {@code timeout}. Only for a provider that signs in and a
     * target with an app key / client id.
     */
    default void signIn(TargetPlace place, Duration timeout) throws SyncException {
        throw new IllegalArgumentException("target '" + place.name() + "' is a " + label().toLowerCase(java.util.Locale.ROOT)
                + ": it needs no sign-in");
    }

    /** Revokes the target's grant at the provider where it can be; the caller forgets the tokens. */
    default void revoke(TargetPlace place) throws SyncException {
    }
}
