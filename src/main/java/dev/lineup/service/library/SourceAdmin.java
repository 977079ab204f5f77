package dev.lineup.service.library;

import dev.lineup.service.common.RunGate;
import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.Source;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.source.Fetcher;
import dev.lineup.source.LocationFormatException;
import dev.lineup.source.SourceLocations;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import dev.lineup.task.TaskContext;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Sources screen's service: add, edit, remove and refresh sources, their categories and VOD/series
 * flags. Passwords go to the secrets table and never come back out. Refreshes pass through the app's
 * {@link RunGate}, so a manual refresh and the in-app scheduler never overlap. Every call touches the
 * database or the network: call it off the UI thread.
 */
public final class SourceAdmin {
    private final LineupStore store;
    private final RunGate gate;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public SourceAdmin(LineupStore store, RunGate gate) {
        this.store = store;
        this.gate = gate;
    }

    /** Called (on the calling thread) after sources or their channels changed. */
    public void onChanged(Runnable r) {
        changeListeners.add(r);
    }

    public List<SourceInfo> list() {
        List<SourceInfo> out = new ArrayList<>();
        for (Source s : store.sources().list()) {
            int[] counts = s.kind() == SourceKind.EPG ? new int[] {store.sources().guideChannels(s.id()).size(), 0}
                    : store.channels().counts(s.id());
            out.add(new SourceInfo(s.name(), s.kind(), s.location(), s.username(), counts[0], counts[1],
                    store.sources().categories(s.id()).size(), s.lastRefresh(), s.lastStatus(), s.account(),
                    s.ignoreVod(), s.ignoreSeries()));
        }
        return out;
    }

    /**
     * Stores a new source. An Xtream account is logged in to first: a wrong password, an expired or disabled account
     * or an unreachable server is a {@link SourceNotSavedException} and nothing is stored.
     */
    public SourceInfo add(SourceForm f) throws IOException {
        requireValid(f, false);
        if (f.kind() == SourceKind.XTREAM) {
            testAccount(f.location(), f.username(), f.password());
        }
        store.sources().add(f.name(), f.kind(), f.location(), f.username(), f.password(), f.ignoreVod(), f.ignoreSeries());
        changed();
        return info(f.name());
    }

    /** Changes where a source points (the name stays: layouts keep its channels by id). */
    public SourceInfo update(String name, SourceForm f) throws IOException {
        requireValid(f, true);
        Source s = source(name);
        if (f.kind() == SourceKind.XTREAM && (f.password() != null && !f.password().isEmpty()
                || !f.location().equals(s.location()) || !f.username().equals(s.username()))) {
            testAccount(f.location(), f.username(), f.password() != null && !f.password().isEmpty() ? f.password()
                    : store.sources().password(s).orElse(""));
        }
        store.sources().setLocation(s, f.location(), f.kind() == SourceKind.XTREAM ? f.username() : null);
        if (f.password() != null && !f.password().isEmpty()) {
            store.sources().setPassword(s, f.password());
        }
        store.sources().setIgnored(s.id(), f.ignoreVod(), f.ignoreSeries());
        changed();
        return info(name);
    }

    public void remove(String name) throws IOException {
        if (!store.sources().remove(name)) {
            throw new UnknownSourceException(name);
        }
        changed();
    }

    public List<SourceCategory> categories(String name) throws IOException {
        return store.sources().categories(source(name).id());
    }

    public void setCategoryEnabled(String name, SourceCategory c, boolean enabled) throws IOException {
        store.sources().setCategoryEnabled(source(name).id(), c.kind(), c.name(), enabled);
        changed();
    }

    public void setIgnored(String name, boolean ignoreVod, boolean ignoreSeries) throws IOException {
        store.sources().setIgnored(source(name).id(), ignoreVod, ignoreSeries);
        changed();
    }

    /**
     * Refreshes one source as {@code lineup source refresh} reports it: the refresh report, then what the
     * layouts' rules placed and their guides. {@code allowEmpty} accepts a source that now lists nothing
     * (else it is an {@code EmptySourceException} and the previous channels are kept). Waits for a running
     * refresh or scheduled run to finish first.
     */
    public SourceRefreshRun.Result refresh(String name, boolean allowEmpty, Progress progress,
                                           Cancellation cancel) throws IOException {
        gate.enter();
        try {
            return run(source(name), allowEmpty, progress, cancel);
        } finally {
            gate.exit();
            changed();
        }
    }

    private SourceRefreshRun.Result run(Source s, boolean allowEmpty, Progress progress, Cancellation cancel)
            throws IOException {
        SourceRefresher refresher = SourceRefresher.standard(store);
        return SourceRefreshRun.refresh(store, allowEmpty ? refresher.allowingEmpty() : refresher, s, progress, cancel);
    }

    /** The report of the newest refresh of any source, kept across restarts ("" if none yet). */
    public String lastRefreshReport() {
        return store.refreshRuns().last().map(dev.lineup.model.RefreshRun::reportText).orElse("");
    }

    /** The newest {@code limit} refreshes of any source, newest first, for History. */
    public java.util.List<dev.lineup.model.RefreshRun> refreshRuns(int limit) {
        return store.refreshRuns().recent(limit);
    }

    /** Refreshes one source (waiting for a running refresh or scheduled run to finish first). */
    public RefreshOutcome refresh(String name, TaskContext progress) throws IOException {
        gate.enter();
        try {
            Source s = source(name);
            Map<String, String> before = snapshot(s);
            Set<String> activeBefore = active(s);
            SourceRefreshRun.Result r = run(s, false, progress, progress.cancellation());
            Map<String, String> after = snapshot(s);
            Set<String> activeAfter = active(s);
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            after.forEach((id, n) -> {
                if (!before.containsKey(id)) {
                    added.add(n);
                }
            });
            for (String id : activeBefore) {
                if (!activeAfter.contains(id)) {
                    removed.add(before.get(id));
                }
            }
            return new RefreshOutcome(r.report(), added, removed);
        } finally {
            gate.exit();
            changed();
        }
    }

    public SourceInfo info(String name) throws IOException {
        return list().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownSourceException(name));
    }

    private Source source(String name) throws IOException {
        return store.sources().find(name).orElseThrow(() -> new UnknownSourceException(name));
    }

    /** Every known channel (or guide channel) of a source by a stable id, with its name. */
    private Map<String, String> snapshot(Source s) {
        Map<String, String> m = new HashMap<>();
        if (s.kind() == SourceKind.EPG) {
            for (GuideSourceChannel g : store.sources().guideChannels(s.id())) {
                m.put(g.channelId(), guideName(g));
            }
        } else {
            for (SourceChannel ch : store.channels().channels(s.id(), true)) {
                m.put(ch.ref(), ch.name());
            }
        }
        return m;
    }

    private Set<String> active(Source s) {
        if (s.kind() == SourceKind.EPG) {
            return snapshot(s).keySet();
        }
        Set<String> ids = new HashSet<>();
        for (SourceChannel ch : store.channels().channels(s.id(), false)) {
            ids.add(ch.ref());
        }
        return ids;
    }

    private static String guideName(GuideSourceChannel g) {
        return g.displayNames().isEmpty() ? g.channelId() : g.displayNames().get(0) + " (" + g.channelId() + ")";
    }

    /**
     * The one check of a source before it is stored, for the Sources screen and {@code lineup source add}
     * alike: the form is complete, and the location is a file or a URL Lineup can fetch.
     */
    private void requireValid(SourceForm f, boolean editing) {
        String p = f.problem(editing);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        try {
            SourceLocations.check(f.kind() == SourceKind.XTREAM ? f.location() + "/player_api.php" : f.location());
        } catch (LocationFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Logs in before anything is stored: a refused or expired account is a {@link SourceNotSavedException}. */
    private void testAccount(String server, String username, String password) {
        XtreamAccountCheck.require(Fetcher.fromSettings(store.settings()), server, username, password, Clock.systemUTC());
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }
}
