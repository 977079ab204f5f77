package dev.lineup.ui.publish;

import dev.lineup.layout.HealthReport;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Publish screen's view. */
public final class PublishController {
    private final PublishViewModel vm;
    @FXML private Label notice;
    @FXML private TableView<HealthReport> healthTable;

    public PublishController(PublishViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        notice.textProperty().bind(vm.unavailableProperty());
        notice.visibleProperty().bind(vm.unavailableProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        healthTable.setItems(vm.health());
        healthTable.getColumns().setAll(java.util.List.of(
                col("Layout", 180, HealthReport::layout),
                col("Groups", 70, h -> Integer.toString(h.groups())),
                col("Channels published", 130, h -> String.format("%,d of %,d", h.visibleChannels(), h.channels())),
                col("Without guide", 100, h -> Integer.toString(h.unmapped())),
                col("Without logo", 100, h -> Integer.toString(h.missingLogos())),
                col("Shared numbers", 110, h -> Integer.toString(h.channelsWithDuplicateNumbers())),
                col("Empty groups", 100, h -> Integer.toString(h.emptyGroups())),
                col("Last published", 120, h -> h.neverPublished() ? "never" : h.lastPublished().toString())));
    }

    private static TableColumn<HealthReport, String> col(String title, double width, Function<HealthReport, String> f) {
        TableColumn<HealthReport, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
