package dev.lineup.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/** Everything the desktop screens talk to, built once by {@link DesktopServices} (or by a test). */
public record AppServices(Path dataDir, InstallationInfo installation, LibraryService library, LayoutService layouts,
                          PublishOverview publish, LogoService logos, ExecutorService executor,
                          LayoutToolsService tools) {
    public AppServices {
        Objects.requireNonNull(dataDir);
        Objects.requireNonNull(installation);
        Objects.requireNonNull(library);
        Objects.requireNonNull(layouts);
        Objects.requireNonNull(publish);
        Objects.requireNonNull(logos);
        Objects.requireNonNull(executor);
        Objects.requireNonNull(tools);
    }

    /** The same services with other layout tools (a test's own database). */
    public AppServices withTools(LayoutToolsService other) {
        return new AppServices(dataDir, installation, library, layouts, publish, logos, executor, other);
    }
}
