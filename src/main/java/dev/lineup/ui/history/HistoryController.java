package dev.lineup.ui.history;

import dev.lineup.service.publish.PublishRecord;
import dev.lineup.sync.SyncProblem;
import dev.lineup.ui.common.ErrorWindow;
import dev.lineup.ui.common.TaskRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The History screen's view; double-click a problem for the wizard, a failed task for its error details. */
public final class HistoryController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final HistoryViewModel vm;
    private final ErrorWindow errors;
    @FXML private Label problemCounts;
    @FXML private Label historyMessage;
    @FXML private TableView<SyncProblem> problemTable;
    @FXML private TableView<PublishRecord> publishTable;
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
        problemTable.setItems(vm.problems());
        problemTable.getColumns().setAll(List.of(col("When", 150, (SyncProblem p) -> when(p.at())),
                col("Target", 180, SyncProblem::target), col("Problem", 240, p -> dev.lineup.ui.recovery.RecoveryViewModel.title(p.kind())),
                col("What happened", 330, SyncProblem::summary), col("Details", 500, SyncProblem::factsLine)));
        onDoubleClick(problemTable, vm::open);
        publishTable.setItems(vm.publishes());
        publishTable.getColumns().setAll(List.of(col("When", 150, (PublishRecord r) -> when(r.at())),
                col("Layout", 150, PublishRecord::layout), col("Target", 150, PublishRecord::target),
                col("Generation", 90, r -> r.generation() == 0 ? "" : Long.toString(r.generation())),
                col("Started by", 110, r -> r.startedBy() == null ? "" : r.startedBy()),
                col("Outcome", 360, PublishRecord::outcome), col("Files", 300, PublishRecord::fileNames)));
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
        return t == null ? "" : WHEN.format(t);
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
