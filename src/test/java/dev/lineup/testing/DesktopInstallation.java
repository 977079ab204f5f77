package dev.lineup.testing;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.service.AppServices;
import dev.lineup.service.DesktopServices;
import dev.lineup.service.common.Env;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.service.FirstRun;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.task.TaskContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A desktop installation as first start leaves it (the bundled sample playlist and guide as sources,
 * the "Sample" layout, the {@code local} target writing to {@code published/}), with the services the
 * app builds over it. Its in-app schedule runs on a {@link ManualTimer} and a {@link MovableClock}.
 */
public final class DesktopInstallation implements AutoCloseable {
    public final Path data;
    public final Path published;
    public final Workspace ws;
    public final ManualTimer timer = new ManualTimer();
    public final MovableClock clock = new MovableClock();
    public final AppServices services;

    public DesktopInstallation(Path dir) throws IOException {
        data = dir.resolve("data");
        published = dir.resolve("published");
        ws = DesktopServices.open(data, m -> { });
        DesktopServices.setUp(ws, "Den PC", Role.PRIMARY, published, TaskContext.detached("test"));
        services = DesktopServices.create(ws, clock, Env.SYSTEM, timer);
    }

    /** The sample playlist as the provider serves it (a file source: tests edit it to change the provider). */
    public Path samplePlaylist() {
        return data.resolve("sample").resolve(FirstRun.SAMPLE_PLAYLIST);
    }

    public SourceInfo source(String name) throws IOException {
        return services.sources().info(name);
    }

    /** What the app does on quit, minus the UI. */
    @Override
    public void close() throws IOException, InterruptedException {
        services.scheduler().close();
        services.executor().shutdown();
        services.executor().awaitTermination(20, TimeUnit.SECONDS);
        services.publish().close();
        services.workspace().close();
    }
}
