package dev.lineup.service.common;

import dev.lineup.sync.ProviderRegistry;
import dev.lineup.sync.dropbox.DropboxProvider;
import dev.lineup.sync.gdrive.DriveProvider;
import dev.lineup.sync.local.LocalProvider;
import java.util.List;

/** The providers of this build: the one place that lists them (forms offer them in this order). */
public final class StandardProviders {
    private static final ProviderRegistry REGISTRY = new ProviderRegistry(
            List.of(new LocalProvider(), new DropboxProvider(), new DriveProvider()));

    private StandardProviders() {
    }

    public static ProviderRegistry registry() {
        return REGISTRY;
    }
}
