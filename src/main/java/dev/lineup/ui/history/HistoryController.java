package dev.lineup.ui.history;

import dev.lineup.ui.common.ErrorWindow;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.TaskRecord;
import dev.lineup.ui.common.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.util.Duration;

/**
 * The History screen's view: one table of events with filter buttons, local times with ages that move on;
 * double-click a problem for the wizard, a failed background task for its error details.
 */
public final class HistoryController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final HistoryViewModel vm;
    private final ErrorWindow errors;
    @FXML private Label problemCounts;
    @FXML private Label historyMessage;
    @FXML private ToggleButton filterAll;
    @FXML private ToggleButton filterPublishes;
    @FXML private ToggleButton filterRefreshes;
    @FXML private ToggleButton filterProblems;
    @FXML private TableView<HistoryEvent> eventTable;
    @FXML private TableView<TaskRecord> taskTable;

    public HistoryController(HistoryViewModel vm, ErrorWindow errors) {
        this.vm = vm;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        problemCounts.textProperty().bind(vm.countsProperty());
        historyMessage.textProperty().bind(vm.messageProperty());
        historyMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        historyMessage.managedProperty().bind(historyMessage.visibleProperty());
        ToggleGroup filters = new ToggleGroup();
        filterAll.setUserData(null);
        filterPublishes.setUserData(HistoryEvent.Kind.PUBLISH);
        filterRefreshes.setUserData(HistoryEvent.Kind.REFRESH);
        filterProblems.setUserData(HistoryEvent.Kind.PROBLEM);
        filters.getToggles().setAll(filterAll, filterPublishes, filterRefreshes, filterProblems);
        filters.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one filter is always chosen
            } else {
                vm.filterProperty().set((HistoryEvent.Kind) now.getUserData());
            }
        });
        eventTable.setItems(vm.shown());
        eventTable.setPlaceholder(new Label(Texts.get("history.empty")));
        eventTable.getColumns().setAll(List.of(
                col(Texts.get("history.column.when"), 250, (HistoryEvent e) -> when(e.at())),
                col(Texts.get("history.column.kind"), 80, e -> e.kind().word()),
                col(Texts.get("history.column.what"), 300, HistoryEvent::what),
                col(Texts.get("history.column.subject"), 200, HistoryEvent::subject),
                col(Texts.get("history.column.details"), 500, HistoryEvent::details)));
        onDoubleClick(eventTable, vm::open);
        // The ages ("2 min ago") move on while the screen shows.
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(15), e -> eventTable.refresh()));
        tick.setCycleCount(Timeline.INDEFINITE);
        eventTable.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                tick.stop();
            } else {
                tick.play();
            }
        });
        taskTable.setItems(vm.tasks());
        taskTable.getColumns().setAll(List.of(
                col("Started", 90, (TaskRecord r) -> TIME.format(r.started())), col("Task", 280, TaskRecord::name),
                col("Took", 80, r -> r.took().toMillis() + " ms"), col("Outcome", 400, TaskRecord::outcome)));
        onDoubleClick(taskTable, r -> {
            if (r.error() != null) {
                errors.show(r.name() + " failed", r.error());
            }
        });
    }

    private static <T> void onDoubleClick(TableView<T> table, Consumer<T> action) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    action.accept(row.getItem());
                }
            });
            return row;
        });
    }

    private static String when(Instant t) {
        return t == null ? "" : LocalTimes.atWithAge(t, Instant.now());
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
