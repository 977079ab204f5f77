package dev.lineup.service;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.SourceChannelRef;
import dev.lineup.model.Installation;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.Role;
import dev.lineup.service.common.Env;
import dev.lineup.service.common.RunGate;
import dev.lineup.service.layouts.GuideService;
import dev.lineup.service.layouts.LayoutService;
import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.service.library.SourceAdmin;
import dev.lineup.service.library.SourceCatalog;
import dev.lineup.service.library.LibraryService;
import dev.lineup.service.logos.LogoService;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.StartedBy;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.schedule.RefreshScheduler;
import dev.lineup.service.settings.InstallationInfo;
import dev.lineup.service.settings.SettingsService;
import dev.lineup.service.workspace.AlreadyRunningException;
import dev.lineup.service.workspace.DataDirectory;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.task.TaskContext;
import dev.lineup.task.TaskPools;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the desktop app's services over an owned data directory ({@link Workspace}: the instance lock
 * and the database, held for the app's lifetime). The data directory is {@code -Dlineup.dataDir}, else
 * {@code LINEUP_HOME}, else the per-OS place ({@link DataDirectory}).
 */
public final class DesktopServices {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopServices.class);
    /** A second app gives up quickly: the first one holds the directory for hours. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(1);

    private DesktopServices() {
    }

    /**
     * Locks and opens the data directory; {@link AlreadyRunningException} when another Lineup owns it.
     * {@code notices} gets what the user must see (e.g. a damaged database restored from a backup).
     */
    public static Workspace open(Path dataDir, Consumer<String> notices) throws IOException {
        return Workspace.open(dataDir, LOCK_WAIT, notices);
    }

    /** True until the installation was named (first start). */
    public static boolean needsSetup(Workspace ws) {
        return ws.store().installation().get().isEmpty();
    }

    /** First start: the installation, its {@code local} target, the bundled sample sources and layout. */
    public static void setUp(Workspace ws, String name, Role role, Path outputFolder, TaskContext progress)
            throws IOException {
        FirstRun.init(ws.store(), ws.dataDir(), name, role, outputFolder);
        FirstRun.addSample(ws.store(), ws.dataDir(), progress, progress.cancellation());
    }

    /** The services over an open, set-up workspace; {@code clock} drives "now" in guide previews. */
    public static AppServices create(Workspace ws, Clock clock) throws IOException {
        return create(ws, clock, Env.SYSTEM);
    }

    /** As {@link #create(Workspace, Clock)}; {@code env} can point cloud targets at local fakes (tests, demos). */
    public static AppServices create(Workspace ws, Clock clock, Env env) throws IOException {
        return create(ws, clock, env, RefreshScheduler.defaultTimer());
    }

    /** As above, with the in-app schedule on {@code timer} (tests fire its turns themselves). */
    public static AppServices create(Workspace ws, Clock clock, Env env, ScheduledExecutorService timer) throws IOException {
        Installation inst = ws.store().installation().get()
                .orElseThrow(() -> new IllegalStateException("set up the installation first"));
        ExecutorService executor = TaskPools.userTasks(2);
        RunGate gate = new RunGate();
        SourceAdmin sources = new SourceAdmin(ws.store(), gate);
        GuideService guides = new GuideService(ws.store(), clock);
        sources.onChanged(guides::invalidate);
        SettingsService settings = new SettingsService(ws.store());
        RefreshScheduler scheduler = new RefreshScheduler(ws.store(), gate, clock,
                () -> ScheduledRuns.withPublishing(ws.dataDir(), env, line -> LOG.info("scheduled: {}", line)),
                o -> LOG.info("scheduled run: refreshed {}, output {}, failures {}", o.refreshed(), o.output(),
                        o.failures()), timer);
        settings.onSaved(scheduler::reschedule);
        scheduler.reschedule(settings.load());
        TargetService targets = new TargetService(ws.store(), env);
        PublishService publish = new PublishService(ws.store(), ws.dataDir(), env, targets::browse, StartedBy.DESKTOP);
        return new AppServices(ws.dataDir(), new InstallationInfo(inst.name(), inst.role().word()),
                new LibraryService(ws.store()), new LayoutService(ws.store()), publish, targets,
                new LogoService(ws.dataDir().resolve("cache").resolve("logos"), ws.store().settings().httpOptions()), executor,
                sources, guides, settings, scheduler, ws, new LayoutToolsService(ws.store()));
    }

    /** One group per source category, every channel, in provider order (what {@code layout create --from-source} makes). */
    public static Layout fromSource(String name, SourceCatalog catalog) {
        Layout l = new Layout(name, LayoutOptions.DEFAULTS, List.of());
        for (Map.Entry<String, List<SourceChannelRef>> e : catalog.byCategory().entrySet()) {
            l = ChannelEdits.add(e.getValue(), e.getKey(), Integer.MAX_VALUE).apply(l);
        }
        return l;
    }
}
