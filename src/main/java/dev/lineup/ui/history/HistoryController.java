package dev.lineup.ui.history;

import dev.lineup.app.PublishRecord;
import dev.lineup.ui.common.ErrorWindow;
import dev.lineup.ui.common.TaskRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The History screen's view; double-clicking a failed task opens its error details. */
public final class HistoryController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final HistoryViewModel vm;
    private final ErrorWindow errors;
    @FXML private Label publishNotice;
    @FXML private TableView<PublishRecord> publishTable;
    @FXML private TableView<TaskRecord> taskTable;

    public HistoryController(HistoryViewModel vm, ErrorWindow errors) {
        this.vm = vm;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        publishNotice.setText(vm.publishNotice());
        publishTable.setItems(vm.publishes());
        publishTable.getColumns().setAll(java.util.List.of(
                col("When", 150, (PublishRecord r) -> r.at().toString()), col("Layout", 150, PublishRecord::layout),
                col("Target", 150, PublishRecord::target), col("Generation", 90, r -> Long.toString(r.generation())),
                col("Outcome", 300, PublishRecord::outcome)));
        taskTable.setItems(vm.tasks());
        taskTable.getColumns().setAll(java.util.List.of(
                col("Started", 90, (TaskRecord r) -> TIME.format(r.started())), col("Task", 280, TaskRecord::name),
                col("Took", 80, r -> r.took().toMillis() + " ms"), col("Outcome", 400, TaskRecord::outcome)));
        taskTable.setRowFactory(t -> {
            TableRow<TaskRecord> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().error() != null) {
                    errors.show(row.getItem().name() + " failed", row.getItem().error());
                }
            });
            return row;
        });
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
