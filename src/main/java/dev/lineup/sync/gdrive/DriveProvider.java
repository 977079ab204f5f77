package dev.lineup.sync.gdrive;

import dev.lineup.sync.Provider;
import java.net.URI;

/** Google Drive: a folder is a plain name in My Drive; signs in with an OAuth client id. */
public final class DriveProvider implements Provider {
    @Override
    public String kind() {
        return "gdrive";
    }

    @Override
    public String label() {
        return "Google Drive";
    }

    @Override
    public boolean signsIn() {
        return true;
    }

    @Override
    public String clientIdName() {
        return "client id";
    }

    @Override
    public String clientIdOption() {
        return "--client-id";
    }

    @Override
    public String folderPrompt() {
        return "Drive folder name";
    }

    @Override
    public String checkFolder(String folder) {
        String f = folder == null ? "" : folder.strip();
        if (f.isEmpty() || f.contains("/")) {
            throw new IllegalArgumentException("a Google Drive folder is a plain name without '/', not \"" + f + "\"");
        }
        return f;
    }

    @Override
    public URI page(String folder) {
        return URI.create("https://drive.google.com/drive/my-drive");
    }
}
