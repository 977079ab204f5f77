package dev.lineup.sync.dropbox;

import dev.lineup.sync.Provider;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TargetPlace;
import java.net.URI;
import java.time.Duration;

/** Dropbox: folders are paths from the Dropbox root, {@code /IPTV}; signs in with an app key. */
public final class DropboxProvider implements Provider {
    @Override
    public String kind() {
        return "dropbox";
    }

    @Override
    public String label() {
        return "Dropbox";
    }

    @Override
    public boolean signsIn() {
        return true;
    }

    @Override
    public String clientIdName() {
        return "app key";
    }

    @Override
    public String clientIdOption() {
        return "--app-key";
    }

    @Override
    public String suggestedFolder() {
        return "/Lineup";
    }

    @Override
    public URI appConsole() {
        return URI.create("https://www.dropbox.com/developers/apps");
    }

    /**
     * What the calls Lineup makes need: metadata and listing, upload/delete, download (mirrors, hash checks),
     * shared links (the links players load), the account's name and space (sign-in, "storage full").
     */
    @Override
    public java.util.List<String> permissions() {
        return java.util.List.of("account_info.read", "files.metadata.read", "files.content.read",
                "files.content.write", "sharing.read", "sharing.write");
    }

    @Override
    public String folderPrompt() {
        return "Dropbox folder (e.g. /IPTV)";
    }

    @Override
    public String checkFolder(String folder) {
        String f = folder == null ? "" : folder.strip();
        if (!f.startsWith("/")) {
            throw new IllegalArgumentException("a Dropbox folder is a path starting with '/', e.g. /IPTV-2, not \"" + f + "\"");
        }
        return f;
    }

    @Override
    public URI page(String folder) {
        return URI.create("https://www.dropbox.com/home");
    }

    @Override
    public PublishTarget open(TargetPlace place) throws SyncException {
        return new DropboxTarget(config(place).withHttp(place.http()), place.tokens(), place.browser());
    }

    @Override
    public void signIn(TargetPlace place, Duration timeout) throws SyncException {
        try (DropboxAuth auth = new DropboxAuth(config(place), place.tokens())) {
            auth.signIn(place.browser(), timeout);
        }
    }

    @Override
    public void revoke(TargetPlace place) throws SyncException {
        try (DropboxAuth auth = new DropboxAuth(config(place), place.tokens())) {
            auth.revoke();
        }
    }

    /** Both Dropbox hosts at {@code LINEUP_DROPBOX_API_URL} (a fake, in tests and demos) or the stored base URL. */
    private static DropboxConfig config(TargetPlace place) {
        return DropboxConfig.of(place.name(), place.folder()).withAppKey(place.clientId())
                .withApiBaseUrl(place.baseUrl(DropboxConfig.ENV_API_URL).map(URI::create).orElse(null));
    }
}
