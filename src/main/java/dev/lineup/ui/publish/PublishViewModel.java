package dev.lineup.ui.publish;

import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.publish.LayoutPublishState;
import dev.lineup.service.publish.PublishResult;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.Publisher;
import dev.lineup.model.Role;
import dev.lineup.sync.SyncException;
import dev.lineup.task.Task;
import dev.lineup.task.TaskContext;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.recovery.OpenProblem;
import dev.lineup.ui.recovery.ProblemCenter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Publish screen: each layout with its target, last publish and files, and a single-lane queue of
 * "output now" / "publish now" requests. One request runs at a time; a request for a layout already
 * running or waiting is refused, others wait their turn showing "queued". A failed publish opens the
 * recovery wizard through the {@link ProblemCenter}. UI thread only.
 */
public final class PublishViewModel {
    /** What a request does. */
    public enum Kind { OUTPUT, PUBLISH }

    private record Request(String layout, Kind kind) {
    }

    private record Loaded(List<LayoutPublishState> states, List<String> targets, boolean mirror) {
    }

    private record Done(String message, LayoutPublishState state) {
    }

    private static final String CANCELLED = Texts.get("publish.activity.cancelled");
    private static final String OUTPUT_WRITTEN = Texts.get("publish.activity.outputWritten");
    private final PublishService publishing;
    private final TargetService targets;
    private final TaskExecutor tasks;
    private final java.util.concurrent.Executor toUi;
    private final ProblemCenter problems;
    private final ObservableList<PublishRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PublishReport.FileResult> files = FXCollections.observableArrayList();
    private final ObservableList<String> targetNames = FXCollections.observableArrayList();
    private final ObjectProperty<PublishRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty selectedPending = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty mirrorMode = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty succeeded = new SimpleBooleanProperty(false);
    private final Deque<Request> queue = new ArrayDeque<>();
    private Request running;
    private TaskContext runningTask;
    private Runnable whenIdle;
    private Runnable alsoOnLoad = () -> { };

    public PublishViewModel(PublishService publishing, TargetService targets, TaskExecutor tasks, ProblemCenter problems) {
        this(publishing, targets, tasks, problems, javafx.application.Platform::runLater);
    }

    /** {@code toUi} runs upload progress texts on the UI thread (a view-model test: the calling thread). */
    public PublishViewModel(PublishService publishing, TargetService targets, TaskExecutor tasks,
                            ProblemCenter problems, java.util.concurrent.Executor toUi) {
        this.toUi = toUi;
        this.publishing = publishing;
        this.targets = targets;
        this.tasks = tasks;
        this.problems = problems;
        selected.addListener((o, a, b) -> refreshSelected());
        // The problem went away by itself (the other computer finished): the red line must not stay.
        problems.whenCleared(p -> {
            message.set(Texts.get("publish.problemGone", p.target()));
            succeeded.set(true);
            String failed = Texts.get("publish.activity.failedBecause",
                    dev.lineup.ui.recovery.RecoveryViewModel.title(p.problem().kind()));
            rows.stream().filter(r -> failed.equals(r.activityProperty().get()))
                    .forEach(r -> r.activityProperty().set(Texts.get("publish.activity.free")));
        });
        // Any new message is not a success until a success sets it so.
        message.addListener((o, was, now) -> succeeded.set(false));
        problems.whenFixed(outcome -> {
            if (running == null) { // a fix in the wizard published: its outcome replaces the problem's line
                message.set(outcome);
                succeeded.set(true);
                load();
            }
        });
    }

    /** Reads every layout's publish state and the targets in the background. */
    public void load() {
        alsoOnLoad.run();
        tasks.run(Texts.get("publish.task.load"), ctx -> {
            List<LayoutPublishState> states = new ArrayList<>();
            for (String l : publishing.layouts()) {
                states.add(publishing.state(l));
            }
            return new Loaded(states, targets.names(),
                    publishing.role() == Role.SECONDARY_MIRROR);
        }).onSuccess(loaded -> {
            mirrorMode.set(loaded.mirror());
            List<LayoutPublishState> states = loaded.states();
            targetNames.setAll(loaded.targets());
            String keep = selected.get() == null ? null : selected.get().layout();
            List<PublishRow> fresh = new ArrayList<>();
            for (LayoutPublishState s : states) {
                PublishRow row = find(s.layout()).orElseGet(() -> new PublishRow(s));
                if (!row.pending() && s.generation() > row.stateProperty().get().generation()) {
                    row.activityProperty().set(published(s.generation())); // e.g. by the wizard
                }
                row.stateProperty().set(s);
                fresh.add(row);
            }
            rows.setAll(fresh);
            selected.set(find(keep).orElse(rows.isEmpty() ? null : rows.get(0)));
            refreshSelected();
        }).start();
    }

    /** Runs with every {@link #load()}: the targets list reloads with the screen. */
    void alsoOnLoad(Runnable r) {
        alsoOnLoad = r;
    }

    /** Chooses the target the selected layout publishes to. */
    public void setTarget(String target) {
        PublishRow row = selected.get();
        if (row == null || target == null || target.equals(row.stateProperty().get().target())) {
            return;
        }
        tasks.run(Texts.get("publish.task.target", row.layout()), ctx -> {
            targets.setTarget(row.layout(), target);
            return publishing.state(row.layout());
        }).onSuccess(s -> {
            row.stateProperty().set(s);
            refreshSelected();
        }).start();
    }

    public boolean publishNow() {
        return selected.get() != null && request(selected.get().layout(), Kind.PUBLISH);
    }

    public boolean outputNow() {
        return selected.get() != null && request(selected.get().layout(), Kind.OUTPUT);
    }

    /**
     * Asks for an output or publish of {@code layout}: starts it when nothing runs, else queues it.
     * Returns false when that layout is already running or waiting (it never runs twice at once).
     */
    public boolean request(String layout, Kind kind) {
        PublishRow row = find(layout).orElseThrow(() -> new IllegalArgumentException("no layout " + layout));
        if (row.pending()) {
            return false;
        }
        Request r = new Request(layout, kind);
        if (running == null) {
            start(r);
        } else {
            queue.add(r);
            row.activityProperty().set(PublishRow.QUEUED);
        }
        refreshSelected();
        return true;
    }

    /** Cancels the running request (its lease is released) and drops the queue; {@code then} runs once idle. */
    public void cancelAll(Runnable then) {
        for (Request r : queue) {
            find(r.layout()).ifPresent(row -> row.activityProperty().set(CANCELLED));
        }
        queue.clear();
        whenIdle = then;
        if (runningTask != null) {
            runningTask.cancel();
        } else {
            idle();
        }
    }

    private void start(Request r) {
        running = r;
        busy.set(true);
        PublishRow row = find(r.layout()).orElseThrow();
        row.activityProperty().set(r.kind() == Kind.PUBLISH ? PublishRow.PUBLISHING : PublishRow.OUTPUTTING);
        String target = row.stateProperty().get().target();
        String name = r.kind() == Kind.PUBLISH ? Texts.get("publish.task.publish", r.layout(), target)
                : Texts.get("publish.task.output", r.layout());
        Task<Done> b = tasks.run(name, ctx -> {
            PublishProgress progress = new PublishProgress(ctx, text -> {
                if (row.pending()) { // a late update never overwrites the outcome
                    row.activityProperty().set(text);
                }
            }, toUi);
            if (r.kind() == Kind.OUTPUT) {
                String dir = publishing.output(r.layout(), progress, ctx.cancellation()).toString();
                return new Done(Texts.get("publish.done.output", r.layout(), dir), publishing.state(r.layout()));
            }
            PublishResult res = publishing.publish(r.layout(), Publisher.Options.DEFAULT.watchedBy(progress, progress), ctx.cancellation());
            PublishReport rep = res.report();
            String links = dev.lineup.sync.LinkVerdict.summary(res.links());
            return new Done(Texts.get("publish.done.publish", r.layout(), res.target(), Long.toString(rep.generation()),
                    Texts.get("files.uploaded", rep.uploadedCount()), Texts.get("files.unchanged", rep.skippedCount()),
                    rep.leftAloneNote(), links.isEmpty() ? "" : ". " + links), publishing.state(r.layout()));
        });
        runningTask = b.onSuccess(d -> {
            row.stateProperty().set(d.state());
            row.activityProperty().set(r.kind() == Kind.PUBLISH ? published(d.state().generation()) : OUTPUT_WRITTEN);
            message.set(d.message());
            succeeded.set(true);
            boolean fixes = r.kind() == Kind.PUBLISH && problems.latestProperty().get() != null
                    && target.equals(problems.latestProperty().get().target());
            next();
            if (fixes) {
                problems.resolved(d.message());
            }
        }).onCancelled(() -> {
            row.activityProperty().set(CANCELLED);
            message.set(Texts.get(r.kind() == Kind.PUBLISH ? "publish.cancelled" : "publish.cancelled.output", name));
            next();
        }).onError(SyncException.class, e -> {
            OpenProblem p = OpenProblem.of(e, target, r.layout());
            String title = dev.lineup.ui.recovery.RecoveryViewModel.title(p.problem().kind());
            row.activityProperty().set(Texts.get("publish.activity.failedBecause", title));
            message.set(Texts.get("publish.failed.problem", title,
                    dev.lineup.ui.recovery.RecoveryViewModel.sentence(p.problem(), java.time.Instant.now())));
            next();
            problems.report(p);
        }).onError(Exception.class, e -> {
            row.activityProperty().set(Texts.get("publish.activity.failed"));
            message.set(Texts.get("publish.failed.error", name, e.getMessage()));
            next();
            tasks.showError(Texts.get("publish.failed.title", name), e);
        }).start();
    }

    /**
     * For a secondary-mirror: downloads what the primary last published, as {@code lineup mirror} does (the
     * schedule's target, else the first). Refused (false) while another request runs.
     */
    public boolean mirrorNow() {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        message.set(Texts.get("publish.mirror.running"));
        tasks.run(Texts.get("publish.task.mirror"), ctx -> publishing.mirror()).onSuccess(m -> {
            message.set(m.result().changed()
                    ? Texts.get("publish.mirror.done", Long.toString(m.result().generation()), m.target(), m.folder(),
                            Texts.get("files.count", m.result().files().size()),
                            dev.lineup.ui.common.ByteSizes.human(m.result().bytesDownloaded()))
                    : Texts.get("publish.mirror.current", m.target(), m.folder(), Long.toString(m.result().generation())));
            succeeded.set(true);
            idle();
        }).onError(SyncException.class, e -> {
            message.set(Texts.get("publish.mirror.problem", dev.lineup.ui.recovery.RecoveryViewModel.title(e.kind()),
                    e.getMessage()));
            idle();
        }).onError(Exception.class, e -> {
            message.set(Texts.get("publish.mirror.failed", e.getMessage()));
            idle();
            tasks.showError(Texts.get("publish.mirror.failedTitle"), e);
        }).start();
        return true;
    }

    private static String published(long generation) {
        return Texts.get("publish.activity.published", Long.toString(generation));
    }

    private void next() {
        running = null;
        runningTask = null;
        Request r = queue.poll();
        if (r != null) {
            start(r);
        } else {
            idle();
        }
        refreshSelected();
    }

    private void idle() {
        busy.set(false);
        if (whenIdle != null) {
            Runnable w = whenIdle;
            whenIdle = null;
            w.run();
        }
    }

    private void refreshSelected() {
        PublishRow row = selected.get();
        selectedPending.set(row != null && row.pending());
        files.setAll(row == null ? List.of() : row.stateProperty().get().files());
    }

    private Optional<PublishRow> find(String layout) {
        return rows.stream().filter(r -> r.layout().equals(layout)).findFirst();
    }

    public ObservableList<PublishRow> rows() { return rows; }
    public ObservableList<PublishReport.FileResult> files() { return files; }
    public ObservableList<String> targetNames() { return targetNames; }
    public ObjectProperty<PublishRow> selectedProperty() { return selected; }
    /** True while the selected layout is running or queued: its buttons are disabled. */
    public BooleanProperty selectedPendingProperty() { return selectedPending; }
    /** True while an output or publish runs. */
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    /** True while the message tells of a finished publish, output or download (shown as a success). */
    public BooleanProperty succeededProperty() { return succeeded; }
    /** True on a secondary-mirror installation: it downloads instead of publishing. */
    public BooleanProperty mirrorModeProperty() { return mirrorMode; }

    /** Layouts waiting their turn, in order. */
    public List<String> queued() {
        return queue.stream().map(Request::layout).toList();
    }
}
