package dev.lineup.ui.tools;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The Health tab: one row per count, its value marked when something needs doing, and what to do. */
public final class HealthController {
    private final HealthViewModel vm;
    @FXML private Label summary;
    @FXML private GridPane grid;
    @FXML private CheckBox placeholderGuides;

    public HealthController(ToolsViewModel tools) {
        this.vm = tools.health();
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(vm.summaryProperty());
        vm.items().addListener((ListChangeListener<HealthViewModel.Item>) c -> fill());
        vm.placeholderGuidesProperty().addListener((o, was, on) -> placeholderGuides.setSelected(on));
        placeholderGuides.setOnAction(e -> vm.setPlaceholderGuides(placeholderGuides.isSelected()));
        fill();
    }

    private void fill() {
        grid.getChildren().clear();
        int row = 0;
        for (HealthViewModel.Item i : vm.items()) {
            Label value = new Label(i.value());
            value.setId("health-" + i.id());
            if (!i.ok()) {
                value.setStyle("-fx-font-weight: bold;");
            }
            Label what = new Label(i.what());
            // A long advice wraps; the name and the count never give up their width to it (else "Duplicate
            // numbers 90 (329 cha…" on a 2,000-channel layout at 1366 px).
            what.setMinWidth(Region.USE_PREF_SIZE);
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label advice = new Label(i.advice());
            advice.setWrapText(true);
            advice.getStyleClass().add("muted");
            grid.addRow(row++, what, value, advice);
        }
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }
}
