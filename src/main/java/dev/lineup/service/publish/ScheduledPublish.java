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
import dev.lineup.sync.PublishListener;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblemException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The publishing step of a scheduled run: after each layout's output, publish it to the target named
 * by {@code schedule.publish-target}. Only a primary publishes; a secondary-mirror downloads what the
 * primary published there instead, and a secondary-local outputs locally and says why it did not publish. A publish problem fails this layout's step with the
 * problem's one-line summary (it is also recorded in the history by the publish service); the run
 * goes on with the next layout. Nothing here ever waits on a person: a live lease held elsewhere is
 * waited for within {@code schedule.busy-wait}, then reported, never taken over.
 */
public final class ScheduledPublish implements ScheduledRun.AfterOutput {
    private final Path dataDir;
    private final Env env;
    private final Consumer<String> log;
    private BusyWait busyWait;

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
    static Optional<String> target(LineupStore store) {
        return store.settings().get(Settings.SCHEDULE_PUBLISH_TARGET).map(String::trim).filter(t -> !t.isEmpty());
    }

    /** A mirror copies what the primary published instead of publishing its own output. */
    @Override
    public void afterAll(LineupStore store) throws IOException {
        Optional<String> target = target(store);
        if (target.isEmpty()) {
            return;
        }
        try (PublishService service = new PublishService(store, dataDir, env, uri -> { })) {
            if (service.role() != Role.SECONDARY_MIRROR) {
                return;
            }
            MirrorDownloader.Result r = service.mirror(target.get(), null);
            log.accept(r.changed() ? "mirrored generation " + r.generation() + " of \"" + target.get() + "\""
                    : "mirror of \"" + target.get() + "\" is current (generation " + r.generation() + ")");
        } catch (SyncProblemException e) {
            throw new IOException("mirror: " + e.problem().cliLine(), e);
        } catch (SyncException e) {
            throw new IOException("mirror: " + e.kind().label() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void afterOutput(LineupStore store, String layout, Path dir, RenderResult result) throws IOException {
        Optional<String> target = target(store);
        if (target.isEmpty()) {
            return;
        }
        // A scheduled run has nobody to open a browser for: sign-in problems surface as AuthExpired.
        try (PublishService publisher = new PublishService(store, dataDir, env, uri -> { })) {
            if (publisher.role() == Role.SECONDARY_MIRROR) {
                return; // a mirror downloads once, in afterAll
            }
            PublishResult r = publisher.publish(List.of(layout), target.get(),
                    Publisher.Options.DEFAULT.withListener(PublishListener.NONE), () -> false, busyWait(store));
            log.accept("published '" + layout + "' to \"" + target.get() + "\": generation "
                    + r.report().generation() + ", " + r.report().bytesUploaded() + " bytes uploaded");
        } catch (NotPrimaryException e) {
            log.accept("not published: " + e.getMessage());
        } catch (SyncProblemException e) {
            throw new IOException(e.problem().cliLine(), e);
        } catch (SyncException e) {
            throw new IOException(e.kind().label() + ": " + e.getMessage(), e);
        }
    }
}
