package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;

/** The Guide matching tab: find proposals, check or uncheck them, apply the checked ones. */
public final class GuidesController {
    private final GuidesViewModel vm;
    @FXML private TextField threshold;
    @FXML private Button saveThreshold;
    @FXML private Label thresholdError;
    @FXML private TableView<GuidesViewModel.Row> table;
    @FXML private Label message;

    public GuidesController(ToolsViewModel tools) {
        this.vm = tools.guides();
    }

    @FXML
    private void initialize() {
        threshold.textProperty().bindBidirectional(vm.thresholdProperty());
        thresholdError.textProperty().bind(vm.thresholdErrorProperty());
        saveThreshold.disableProperty().bind(vm.thresholdErrorProperty().isNotEmpty());
        message.textProperty().bind(vm.messageProperty());
        TableColumn<GuidesViewModel.Row, Boolean> check = new TableColumn<>(Texts.get("tools.guides.column.apply"));
        check.setPrefWidth(60);
        check.setEditable(true);
        check.setCellValueFactory(v -> v.getValue().checkedProperty());
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        table.getColumns().setAll(List.of(check,
                Columns.text(Texts.get("tools.guides.column.channel"), 200, r -> r.guide().channel()),
                Columns.text(Texts.get("tools.guides.column.group"), 120, r -> r.guide().group()),
                Columns.text(Texts.get("tools.guides.column.candidate"), 200, GuidesViewModel.Row::candidate),
                Columns.text(Texts.get("tools.guides.column.confidence"), 90, GuidesViewModel.Row::confidence),
                Columns.text(Texts.get("tools.guides.column.reason"), 360, GuidesViewModel.Row::reason)));
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(Texts.get("tools.guides.empty")));
    }

    @FXML private void find() { vm.find(); }
    @FXML private void apply() { vm.applyChecked(); }
    @FXML private void saveThreshold() { vm.saveThreshold(); }
}
