package dev.lineup.ui.tools;

import dev.lineup.service.layouts.LayoutToolsService.Duplicate;
import dev.lineup.service.layouts.LayoutToolsService.GroupRange;
import dev.lineup.service.layouts.LayoutToolsService.NumberingPreview;
import dev.lineup.ui.tools.NumberingViewModel.GroupStart;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

/** The Numbering tab: per-group starts and options, a preview of ranges, overflows and duplicates, apply. */
public final class NumberingController {
    private final NumberingViewModel vm;
    @FXML private TableView<GroupStart> groupTable;
    @FXML private CheckBox compact;
    @FXML private CheckBox skipHidden;
    @FXML private CheckBox keepExisting;
    @FXML private Button applyButton;
    @FXML private Label message;
    @FXML private TableView<GroupRange> rangeTable;
    @FXML private Label problems;

    public NumberingController(ToolsViewModel tools) {
        this.vm = tools.numbering();
    }

    @FXML
    private void initialize() {
        TableColumn<GroupStart, Boolean> include = new TableColumn<>("Number");
        include.setPrefWidth(70);
        include.setCellValueFactory(v -> v.getValue().includeProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        TableColumn<GroupStart, String> start = new TableColumn<>("Start");
        start.setPrefWidth(90);
        start.setCellValueFactory(v -> v.getValue().startProperty());
        start.setCellFactory(TextFieldTableCell.forTableColumn());
        groupTable.getColumns().setAll(List.of(include, Columns.text("Group", 200, (GroupStart g) -> g.group().name()),
                Columns.text("Channels", 80, g -> g.group().channels() + (g.group().hidden() ? " (hidden)" : "")), start));
        groupTable.setItems(vm.groups());
        compact.selectedProperty().bindBidirectional(vm.compactProperty());
        skipHidden.selectedProperty().bindBidirectional(vm.skipHiddenProperty());
        keepExisting.selectedProperty().bindBidirectional(vm.keepExistingProperty());
        applyButton.disableProperty().bind(vm.previewProperty().isNull());
        message.textProperty().bind(vm.messageProperty());
        rangeTable.getColumns().setAll(List.of(Columns.text("Group", 200, GroupRange::group),
                Columns.text("Numbers", 120, r -> r.first() == null ? "none" : r.first() + "–" + r.last()),
                Columns.text("Numbered", 100, r -> Integer.toString(r.numbered()))));
        vm.previewProperty().addListener((o, a, p) -> show(p));
    }

    private void show(NumberingPreview p) {
        rangeTable.getItems().setAll(p == null ? List.of() : p.ranges());
        if (p == null) {
            problems.setText("");
            return;
        }
        List<String> lines = new ArrayList<>();
        p.overflows().forEach(o -> lines.add("Overflow: " + o));
        for (Duplicate d : p.duplicates()) {
            lines.add("Duplicate #" + d.number() + ": " + String.join(", ", d.channels()));
        }
        problems.setText(lines.isEmpty() ? "No overflows, no duplicate numbers." : String.join("\n", lines));
    }

    @FXML private void preview() { vm.preview(); }
    @FXML private void apply() { vm.apply(); }
}
