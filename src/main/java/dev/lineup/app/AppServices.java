package dev.lineup.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/** Everything the desktop screens talk to, built once by {@link DesktopServices} (or by a test). */
public record AppServices(Path dataDir, InstallationInfo installation, LibraryService library, LayoutService layouts,
                          DesktopPublishing publish, LogoService logos, ExecutorService executor) {
    public AppServices {
        Objects.requireNonNull(dataDir);
        Objects.requireNonNull(installation);
        Objects.requireNonNull(library);
        Objects.requireNonNull(layouts);
        Objects.requireNonNull(publish);
        Objects.requireNonNull(logos);
        Objects.requireNonNull(executor);
    }
}
