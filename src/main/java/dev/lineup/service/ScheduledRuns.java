package dev.lineup.service;

import dev.lineup.service.common.Env;
import dev.lineup.service.publish.ScheduledPublish;
import dev.lineup.service.schedule.ScheduledRun;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one scheduled run, for both schedulers: {@code lineup run-scheduled} (the OS's timer) and the
 * desktop app's own schedule. Refresh what is due, output every layout, then publish to
 * {@code schedule.publish-target} (or mirror it, on a secondary-mirror). Made fresh for every turn: the
 * publishing step keeps one busy-wait budget and the layouts output for the length of one run.
 */
public final class ScheduledRuns {
    private ScheduledRuns() {
    }

    /** A run over {@code dataDir}; {@code env} points cloud targets at their servers; {@code log} gets its lines. */
    public static ScheduledRun withPublishing(Path dataDir, Env env, Consumer<String> log) {
        return new ScheduledRun(List.of(new ScheduledPublish(dataDir, env, log)));
    }
}
