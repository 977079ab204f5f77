package dev.lineup.sync.local;

import dev.lineup.sync.Provider;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.TargetPlace;
import java.net.URI;
import java.nio.file.Path;

/** A folder on this computer (also a folder a Dropbox or Drive desktop client syncs). */
public final class LocalProvider implements Provider {
    @Override
    public String kind() {
        return "local";
    }

    @Override
    public String label() {
        return "Local folder";
    }

    @Override
    public boolean signsIn() {
        return false;
    }

    @Override
    public String clientIdName() {
        return null;
    }

    @Override
    public String clientIdOption() {
        return null;
    }

    @Override
    public String folderPrompt() {
        return "Folder on this computer";
    }

    @Override
    public String checkFolder(String folder) {
        if (folder == null || folder.isBlank()) {
            throw new IllegalArgumentException("a local target needs a folder");
        }
        return folder.strip();
    }

    /** A local folder has no provider page: the folder itself. */
    @Override
    public URI page(String folder) {
        return Path.of(folder).toUri();
    }

    @Override
    public PublishTarget open(TargetPlace place) {
        return new LocalFolderTarget(Path.of(place.folder()));
    }
}
