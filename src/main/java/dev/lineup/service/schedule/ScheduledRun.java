package dev.lineup.service.schedule;

import dev.lineup.service.library.SourceRefreshRun;
import dev.lineup.service.workspace.AlreadyRunningException;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Source;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.RenderResult;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
import dev.lineup.store.Settings;
import dev.lineup.sync.SyncProblem;
import dev.lineup.sync.SyncProblemException;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One headless scheduled run ({@code lineup run-scheduled}): refresh the sources whose interval
 * ({@code schedule.interval-minutes}) has passed since their last refresh, then output every layout
 * and hand each output to the {@link AfterOutput} steps (publishing plugs in there). It never waits
 * for another owner of the data directory: if a run, the desktop app or a manual command holds it,
 * this run is skipped, so two runs never overlap.
 */
public final class ScheduledRun {
    /**
     * What happened. {@code skippedBecause} is set (and nothing was done) when the directory was busy.
     * {@code problems} are the publish problems among the failures, in order (exit 3 names the first).
     */
    public record Outcome(String skippedBecause, List<String> refreshed, List<String> output, List<String> failures,
                          List<SyncProblem> problems) {
        public Outcome(String skippedBecause, List<String> refreshed, List<String> output, List<String> failures) {
            this(skippedBecause, refreshed, output, failures, List.of());
        }

        public boolean skipped() {
            return skippedBecause != null;
        }
    }

    /**
     * A step run after each layout's output, e.g. publishing it to the layout's targets. Steps run in
     * order; a failing step is reported and the next layout still goes ahead.
     */
    @FunctionalInterface
    public interface AfterOutput {
        void afterOutput(LineupStore store, String layout, Path dir, RenderResult result) throws IOException;

        /**
         * The guide links the layout's output should name: those of the target a later step publishes it to
         * (so that publish takes the output as it is); empty: no target in view.
         */
        default java.util.Optional<java.util.List<dev.lineup.model.PublishedFile>> guideLinks(LineupStore store,
                                                                                              String layout) {
            return java.util.Optional.empty();
        }

        /** Once, after every layout was output (e.g. a mirror's download, which is not per layout). */
        default void afterAll(LineupStore store) throws IOException {
        }
    }

    private final List<AfterOutput> afterOutput;

    public ScheduledRun(List<AfterOutput> afterOutput) {
        this.afterOutput = List.copyOf(afterOutput);
    }

    public Outcome run(Path dataDir, Consumer<String> log) throws IOException {
        Workspace ws;
        try {
            ws = Workspace.open(dataDir, Duration.ZERO, log);
        } catch (AlreadyRunningException e) {
            return new Outcome(e.getMessage(), List.of(), List.of(), List.of());
        }
        try (ws) {
            return runOwned(ws.store(), Instant.now(), log);
        }
    }

    public Outcome runOwned(LineupStore store, Instant now, Consumer<String> log) {
        return runOwned(store, now, log, Cancellation.none());
    }

    /** As above; once {@code cancel} is cancelled the refresh in progress stops and no further step starts. */
    public Outcome runOwned(LineupStore store, Instant now, Consumer<String> log, Cancellation cancel) {
        Duration interval = Duration.ofMinutes(Math.max(1, store.settings().getInt(Settings.SCHEDULE_INTERVAL)));
        List<String> refreshed = new ArrayList<>();
        List<String> output = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<SyncProblem> problems = new ArrayList<>();
        SourceRefresher refresher = SourceRefresher.standard(store);
        for (Source s : store.sources().list()) {
            if (!due(s, now, interval)) {
                continue;
            }
            cancel.check("refresh");
            try {
                SourceRefreshRun.Result r = SourceRefreshRun.refresh(store, refresher, s, Progress.NONE,
                        cancel);
                log.accept(r.report().summary());
                refreshed.add(s.name());
            } catch (IOException | RuntimeException e) {
                failures.add("refresh " + s.name() + ": " + e.getMessage());
            }
        }
        for (String layout : store.layouts().names()) {
            cancel.check("refresh");
            try {
                Path dir = LayoutOutput.defaultDir(store, layout);
                var links = afterOutput.stream().map(step -> step.guideLinks(store, layout))
                        .flatMap(java.util.Optional::stream).findFirst();
                RenderResult r = links.isPresent()
                        ? LayoutOutput.render(store, layout, dir, Progress.NONE, Cancellation.none(), links.get())
                        : LayoutOutput.render(store, layout, dir, Progress.NONE);
                log.accept("output '" + layout + "': " + r.channels() + " channels, generation "
                        + r.manifest().generation());
                output.add(layout);
                for (AfterOutput step : afterOutput) {
                    step.afterOutput(store, layout, dir, r);
                }
            } catch (IOException | RuntimeException e) {
                failures.add("layout " + layout + ": " + e.getMessage());
                if (e.getCause() instanceof SyncProblemException spe) {
                    problems.add(spe.problem());
                }
            }
        }
        for (AfterOutput step : afterOutput) {
            try {
                step.afterAll(store);
            } catch (IOException | RuntimeException e) {
                failures.add(e.getMessage());
                if (e.getCause() instanceof SyncProblemException spe) {
                    problems.add(spe.problem()); // the publish of every layout under one lease happens here
                }
            }
        }
        return new Outcome(null, refreshed, output, failures, problems);
    }

    /**
     * Never refreshed, last attempt failed, or refreshed at least one interval ago. A failed attempt also
     * stamps the time, so without the status check a provider that was down once would wait a whole
     * interval (six hours by default) although the scheduler runs far more often (e.g. a 15-minute timer).
     */
    static boolean due(Source s, Instant now, Duration interval) {
        return s.lastRefresh() == null || !"ok".equals(s.lastStatus())
                || !s.lastRefresh().plus(interval).isAfter(now);
    }
}
