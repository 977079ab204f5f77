package dev.lineup.ui.history;

import dev.lineup.service.publish.DesktopPublishing;
import dev.lineup.service.publish.PublishRecord;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncProblem;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.common.TaskRecord;
import dev.lineup.ui.recovery.OpenProblem;
import dev.lineup.ui.recovery.ProblemCenter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History screen: every recorded publish problem with counts per kind, past publish and output runs,
 * and this session's tasks. A problem whose fixes may still apply opens in the recovery wizard.
 */
public final class HistoryViewModel {
    /** How many recorded problems the screen lists. */
    static final int LIMIT = 500;
    private final DesktopPublishing publishing;
    private final TaskMonitor monitor;
    private final TaskExecutor tasks;
    private final ProblemCenter center;
    private final ObservableList<SyncProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<PublishRecord> publishes = FXCollections.observableArrayList();
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public HistoryViewModel(DesktopPublishing publishing, TaskMonitor monitor, TaskExecutor tasks, ProblemCenter center) {
        this.publishing = publishing;
        this.monitor = monitor;
        this.tasks = tasks;
        this.center = center;
    }

    private record Loaded(List<SyncProblem> problems, Map<ProblemKind, Long> counts, List<PublishRecord> runs) {
    }

    public void load() {
        tasks.run("Loading history", ctx -> new Loaded(publishing.problems(LIMIT), publishing.problemCounts(),
                publishing.runs())).onSuccess(l -> {
                    problems.setAll(l.problems());
                    publishes.setAll(l.runs());
                    counts.set(l.counts().isEmpty() ? "No publish problems recorded."
                            : l.counts().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                                    .collect(Collectors.joining(" · ", "Problems so far: ", "")));
                }).start();
    }

    /** Opens the wizard for a recorded problem, unless there is nothing left to do about it. */
    public void open(SyncProblem p) {
        if (p.actions().isEmpty()) {
            message.set(dev.lineup.ui.recovery.RecoveryViewModel.title(p.kind()) + ": this needs nothing from you; Lineup retries it by itself.");
            return;
        }
        message.set("");
        center.open(OpenProblem.recorded(p));
    }

    public ObservableList<SyncProblem> problems() { return problems; }
    public ObservableList<PublishRecord> publishes() { return publishes; }
    public ObservableList<TaskRecord> tasks() { return monitor.log(); }
    public StringProperty countsProperty() { return counts; }
    public StringProperty messageProperty() { return message; }
}
