package dev.lineup.ui.setup;

import dev.lineup.service.AppServices;
import dev.lineup.service.DesktopServices;
import dev.lineup.service.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Owning and opening the data directory, started on a thread of its own before the window toolkit
 * starts, so the two overlap: the desktop app's first window comes sooner. When the installation is
 * already set up, the services are made on that thread too. {@link AppStart} takes the outcome.
 */
public final class EarlyOpen {
    /** What the opening found. {@code services} is null on first start (setup comes first). */
    record Opened(Workspace workspace, boolean needsSetup, AppServices services, List<String> notices) {
    }

    private final Path dataDir;
    private final CompletableFuture<Opened> done = new CompletableFuture<>();

    private EarlyOpen(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts opening {@code dataDir} now; {@code clock} drives the services' "now". Any thread. */
    public static EarlyOpen start(Path dataDir, Clock clock) {
        EarlyOpen o = new EarlyOpen(dataDir);
        Thread t = new Thread(() -> o.run(clock), "lineup-open");
        t.setDaemon(true);
        t.start();
        return o;
    }

    private void run(Clock clock) {
        List<String> notices = new CopyOnWriteArrayList<>();
        try {
            Workspace ws = DesktopServices.open(dataDir, notices::add);
            try {
                boolean setup = DesktopServices.needsSetup(ws);
                done.complete(new Opened(ws, setup, setup ? null : DesktopServices.create(ws, clock), notices));
            } catch (Throwable e) {
                AppStart.closeQuietly(ws);
                throw e;
            }
        } catch (Throwable e) {
            done.completeExceptionally(e);
        }
    }

    Path dataDir() {
        return dataDir;
    }

    CompletableFuture<Opened> done() {
        return done;
    }
}
