package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
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
        TableColumn<GroupStart, Boolean> include = new TableColumn<>(Texts.get("tools.numbering.column.include"));
        include.setPrefWidth(70);
        include.setCellValueFactory(v -> v.getValue().includeProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        TableColumn<GroupStart, String> start = new TableColumn<>(Texts.get("tools.numbering.column.start"));
        start.setPrefWidth(90);
        start.setCellValueFactory(v -> v.getValue().startProperty());
        start.setCellFactory(TextFieldTableCell.forTableColumn());
        groupTable.getColumns().setAll(List.of(include, Columns.text(Texts.get("tools.numbering.column.group"), 200,
                (GroupStart g) -> g.group().name()),
                Columns.text(Texts.get("tools.numbering.column.channels"), 80,
                g -> Texts.get(g.group().hidden() ? "tools.numbering.hiddenCount" : "tools.numbering.count",
                        g.group().channels())), start));
        groupTable.setItems(vm.groups());
        groupTable.setPlaceholder(new Label(Texts.get("tools.numbering.groups.empty")));
        rangeTable.setPlaceholder(new Label(Texts.get("tools.numbering.ranges.empty")));
        compact.selectedProperty().bindBidirectional(vm.compactProperty());
        skipHidden.selectedProperty().bindBidirectional(vm.skipHiddenProperty());
        keepExisting.selectedProperty().bindBidirectional(vm.keepExistingProperty());
        applyButton.disableProperty().bind(vm.previewProperty().isNull());
        message.textProperty().bind(vm.messageProperty());
        rangeTable.getColumns().setAll(List.of(Columns.text(Texts.get("tools.numbering.column.group"), 200, GroupRange::group),
                Columns.text(Texts.get("tools.numbering.column.numbers"), 120, r -> r.first() == null
                        ? Texts.get("tools.numbering.none") : Texts.get("tools.numbering.range", r.first(), r.last())),
                Columns.text(Texts.get("tools.numbering.column.numbered"), 100, r -> Integer.toString(r.numbered()))));
        vm.previewProperty().addListener((o, a, p) -> show(p));
    }

    private void show(NumberingPreview p) {
        rangeTable.getItems().setAll(p == null ? List.of() : p.ranges());
        if (p == null) {
            problems.setText("");
            return;
        }
        List<String> lines = new ArrayList<>();
        p.overflows().forEach(o -> lines.add(Texts.get("tools.numbering.overflow", o)));
        for (Duplicate d : p.duplicates()) {
            lines.add(Texts.get("tools.numbering.duplicate", d.number(), String.join(", ", d.channels())));
        }
        problems.setText(lines.isEmpty() ? Texts.get("tools.numbering.clean") : String.join("\n", lines));
    }

    @FXML private void preview() { vm.preview(); }
    @FXML private void apply() { vm.apply(); }
}
