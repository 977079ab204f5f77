package dev.lineup.ui.history;

import dev.lineup.model.ProblemFix;
import dev.lineup.model.RefreshRun;
import dev.lineup.service.library.SourceAdmin;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.PublishRecord;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncProblem;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.common.TaskRecord;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.recovery.OpenProblem;
import dev.lineup.ui.recovery.ProblemCenter;
import dev.lineup.ui.recovery.RecoveryViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The History screen: what the user did and met, newest first — publishes and outputs (with who started them),
 * source refreshes (with the entries they skipped) and publish problems — narrowed by a filter, with the problem
 * counts in words. This session's background tasks stay available apart. A problem whose fixes may still apply
 * opens in the recovery wizard.
 */
public final class HistoryViewModel {
    /** How many recorded problems and refreshes the screen lists. */
    static final int LIMIT = 500;
    private final PublishService publishing;
    private final SourceAdmin sources;
    private final TaskMonitor monitor;
    private final TaskExecutor tasks;
    private final ProblemCenter center;
    private final ObservableList<SyncProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<PublishRecord> publishes = FXCollections.observableArrayList();
    private final ObservableList<HistoryEvent> events = FXCollections.observableArrayList();
    private final FilteredList<HistoryEvent> shown = new FilteredList<>(events);
    /** The kind of event shown; null shows all. */
    private final ObjectProperty<HistoryEvent.Kind> filter = new SimpleObjectProperty<>();
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public HistoryViewModel(PublishService publishing, SourceAdmin sources, TaskMonitor monitor, TaskExecutor tasks,
                            ProblemCenter center) {
        this.publishing = publishing;
        this.sources = sources;
        this.monitor = monitor;
        this.tasks = tasks;
        this.center = center;
        filter.addListener((o, a, kind) -> shown.setPredicate(kind == null ? null : e -> e.kind() == kind));
    }

    private record Loaded(List<SyncProblem> problems, Map<ProblemKind, Long> counts, List<PublishRecord> runs,
                          List<RefreshRun> refreshes, List<ProblemFix> fixes) {
    }

    public void load() {
        tasks.run(Texts.get("task.history.load"), ctx -> new Loaded(publishing.history().recent(LIMIT), publishing.history().counts(),
                publishing.runs(), sources.refreshRuns(LIMIT), publishing.fixes(LIMIT))).onSuccess(l -> {
                    problems.setAll(l.problems());
                    publishes.setAll(l.runs());
                    List<HistoryEvent> all = new ArrayList<>();
                    l.runs().forEach(r -> all.add(HistoryEvent.of(r)));
                    l.refreshes().forEach(r -> all.add(HistoryEvent.of(r)));
                    l.problems().forEach(p -> all.add(HistoryEvent.of(p)));
                    l.fixes().forEach(f -> all.add(HistoryEvent.of(f)));
                    all.sort(Comparator.comparing(HistoryEvent::at, Comparator.nullsLast(Comparator.reverseOrder())));
                    events.setAll(all);
                    counts.set(countsText(l.counts()));
                }).start();
    }

    /** "3 publish problems so far: Another computer is publishing (2), The sign-in has expired (1)." */
    static String countsText(Map<ProblemKind, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Texts.get("history.counts.none");
        }
        String each = counts.entrySet().stream()
                .map(e -> Texts.get("history.counts.entry", RecoveryViewModel.title(e.getKey()), e.getValue()))
                .collect(Collectors.joining(", "));
        return total == 1 ? Texts.get("history.counts.one", each) : Texts.get("history.counts.many", total, each);
    }

    /** Opens the wizard for a problem row, unless there is nothing left to do about it; other rows do nothing. */
    public void open(HistoryEvent e) {
        if (e.problem() != null) {
            open(e.problem());
        }
    }

    /** Opens the wizard for a recorded problem, unless there is nothing left to do about it. */
    public void open(SyncProblem p) {
        if (p.actions().isEmpty()) {
            message.set(Texts.get("history.noAction", RecoveryViewModel.title(p.kind())));
            return;
        }
        message.set("");
        center.open(OpenProblem.recorded(p));
    }

    public ObservableList<SyncProblem> problems() { return problems; }
    public ObservableList<PublishRecord> publishes() { return publishes; }
    /** Every event, newest first, unfiltered. */
    public ObservableList<HistoryEvent> events() { return events; }
    /** The events the filter lets through. */
    public ObservableList<HistoryEvent> shown() { return shown; }
    public ObjectProperty<HistoryEvent.Kind> filterProperty() { return filter; }
    public ObservableList<TaskRecord> tasks() { return monitor.log(); }
    public StringProperty countsProperty() { return counts; }
    public StringProperty messageProperty() { return message; }
}
