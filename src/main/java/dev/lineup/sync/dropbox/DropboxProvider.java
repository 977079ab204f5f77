package dev.lineup.sync.dropbox;

import dev.lineup.sync.Provider;
import java.net.URI;

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
}
