package dev.lineup.service;

import dev.lineup.service.layouts.GuideService;
import dev.lineup.service.layouts.LayoutService;
import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.service.library.LibraryService;
import dev.lineup.service.library.SourceAdmin;
import dev.lineup.service.logos.LogoService;
import dev.lineup.service.schedule.RefreshScheduler;
import dev.lineup.service.settings.InstallationInfo;
import dev.lineup.service.settings.SettingsService;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.TargetService;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * Everything the desktop screens talk to, built once by {@link DesktopServices} (or by a test).
 * {@code publish} and {@code targets} are the same services the command line and the schedules use;
 * {@code targets} shows provider pages in the desktop's browser and {@code publish} signs in again there.
 * {@code workspace} is closed last when the app quits (the database and the instance lock).
 */
public record AppServices(Path dataDir, InstallationInfo installation, LibraryService library, LayoutService layouts,
                          PublishService publish, TargetService targets, LogoService logos, ExecutorService executor,
                          SourceAdmin sources, GuideService guides, SettingsService settings,
                          RefreshScheduler scheduler, Closeable workspace, LayoutToolsService tools) {
    public AppServices {
        Objects.requireNonNull(dataDir);
        Objects.requireNonNull(installation);
        Objects.requireNonNull(library);
        Objects.requireNonNull(layouts);
        Objects.requireNonNull(publish);
        Objects.requireNonNull(targets);
        Objects.requireNonNull(logos);
        Objects.requireNonNull(executor);
        Objects.requireNonNull(sources);
        Objects.requireNonNull(guides);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(scheduler);
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(tools);
    }

    /** The same services with other layout tools (a test's own database). */
    public AppServices withTools(LayoutToolsService other) {
        return new AppServices(dataDir, installation, library, layouts, publish, targets, logos, executor, sources, guides,
                settings, scheduler, workspace, other);
    }
}
