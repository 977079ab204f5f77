package dev.lineup.service.publish;

import dev.lineup.model.Role;
import dev.lineup.output.RenderResult;
import dev.lineup.service.common.Durations;
import dev.lineup.service.common.Env;
import dev.lineup.service.schedule.ScheduledRun;
import dev.lineup.store.LineupStore;
import dev.lineup.store.Settings;
import dev.lineup.sync.MirrorDownloader;
import dev.lineup.sync.NotPrimaryException;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblemException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The publishing step of a scheduled run: once every layout is output, publish them all to the target
 * named by {@code schedule.publish-target} under one lease, straight from their output folders (rendered
 * once). Only a primary publishes; a secondary-mirror downloads what the primary published there
 * instead, and a secondary-local outputs locally and says why it did not publish. A publish problem fails
 * the step with the problem's one-line summary (the publishing service records it in the history and the
 * run in History). Nothing here ever waits on a person: a live lease held elsewhere is waited for within
 * {@code schedule.busy-wait}, then reported, never taken over.
 */
public final class ScheduledPublish implements ScheduledRun.AfterOutput {
    private final Path dataDir;
    private final Env env;
    private final Consumer<String> log;
    private BusyWait busyWait;
    /** The layouts output in this run, in order, with their output folders. */
    private final Map<String, Path> rendered = new LinkedHashMap<>();

    public ScheduledPublish(Path dataDir, Env env, Consumer<String> log) {
        this.dataDir = dataDir;
        this.env = env;
        this.log = log;
    }

    /**
     * One wait budget ({@code schedule.busy-wait}) for the whole run, started at the first publish: a
     * folder another installation is publishing to is waited for, then published to, instead of skipping
     * a whole interval; several layouts together never wait longer than the budget.
     */
    private BusyWait busyWait(LineupStore store) {
        if (busyWait == null) {
            busyWait = BusyWait.of(busyWaitBudget(store), (held, left) -> log.accept("waiting for \""
                    + held.facts().getOrDefault("holder", "another installation") + "\" to finish publishing, "
                    + Durations.format(left) + " left"));
        }
        return busyWait;
    }

    /** {@code schedule.busy-wait} (e.g. 10m, 90s, 0 to never wait); an unreadable value counts as the default. */
    static Duration busyWaitBudget(LineupStore store) {
        String v = store.settings().get(Settings.SCHEDULE_BUSY_WAIT).orElse(Settings.DEFAULTS.get(Settings.SCHEDULE_BUSY_WAIT));
        try {
            return Durations.parse(v);
        } catch (IllegalArgumentException e) {
            return Durations.parse(Settings.DEFAULTS.get(Settings.SCHEDULE_BUSY_WAIT));
        }
    }

    /** The configured target, if scheduled runs should publish at all. */
    public static Optional<String> target(LineupStore store) {
        return store.settings().get(Settings.SCHEDULE_PUBLISH_TARGET).map(String::trim).filter(t -> !t.isEmpty());
    }

    /** The links of the schedule's target: each output names the guide published beside it there. */
    @Override
    public Optional<java.util.List<dev.lineup.model.PublishedFile>> guideLinks(LineupStore store, String layout) {
        return target(store).filter(t -> store.targets().find(t).isPresent())
                .filter(t -> store.installation().get().map(i -> i.role().mayPublish()).orElse(false))
                .map(t -> store.publishRuns().publishedFiles(layout, t));
    }

    /**
     * Remembers each layout's fresh output; they are published together in {@link #afterAll}, under one
     * lease, straight from these folders (never rendered again).
     */
    @Override
    public void afterOutput(LineupStore store, String layout, Path dir, RenderResult result) {
        rendered.put(layout, dir);
    }

    /**
     * Publishes every layout output in this run to the target, under one lease; a mirror downloads what
     * the primary published there instead. A publish problem fails the step with the problem's one-line
     * summary, naming the layouts.
     */
    @Override
    public void afterAll(LineupStore store) throws IOException {
        Optional<String> target = target(store);
        if (target.isEmpty()) {
            return;
        }
        // A scheduled run has nobody to open a browser for: sign-in problems surface as AuthExpired.
        try (PublishService service = new PublishService(store, dataDir, env, uri -> { }, StartedBy.SCHEDULE)) {
            if (service.role() == Role.SECONDARY_MIRROR) {
                mirror(service, target.get());
            } else if (!rendered.isEmpty()) {
                publish(service, store, target.get());
            }
        } finally {
            rendered.clear();
        }
    }

    private void mirror(PublishService service, String target) throws IOException {
        try {
            MirrorDownloader.Result r = service.mirror(target, null);
            log.accept(r.changed() ? "mirrored generation " + r.generation() + " of \"" + target + "\""
                    : "mirror of \"" + target + "\" is current (generation " + r.generation() + ")");
        } catch (SyncProblemException e) {
            throw new IOException("mirror: " + e.problem().cliLine(), e);
        } catch (SyncException e) {
            throw new IOException("mirror: " + e.kind().label() + ": " + e.getMessage(), e);
        }
    }

    private void publish(PublishService service, LineupStore store, String target) throws IOException {
        String which = "layout " + String.join(", ", rendered.keySet()) + ": ";
        try {
            PublishResult r = service.publishRendered(rendered, target,
                    Publisher.Options.DEFAULT, busyWait(store));
            for (String layout : r.layouts()) {
                log.accept("published '" + layout + "' to \"" + target + "\": generation "
                        + r.report().generation() + ", " + r.report().bytesUploaded() + " bytes uploaded");
            }
        } catch (NotPrimaryException e) {
            log.accept("not published: " + e.getMessage());
        } catch (SyncProblemException e) {
            throw new IOException(which + e.problem().cliLine(), e);
        } catch (SyncException e) {
            throw new IOException(which + e.kind().label() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IOException(which + e.getMessage(), e);
        }
    }
}
