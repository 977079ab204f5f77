package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleReport;
import dev.lineup.ui.common.Theme;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;

/** The Rules tab: the ordered rules with add/edit/remove/move, import/export, dry run and apply. */
public final class RulesController {
    private final RulesViewModel vm;
    private final Theme theme;
    @FXML private TableView<Rule> rulesTable;
    @FXML private TableView<RuleReport.Placement> reportTable;
    @FXML private Label reportTitle;
    @FXML private Label reportNotes;
    @FXML private Label message;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;

    public RulesController(ToolsViewModel tools, Theme theme) {
        this.vm = tools.rules();
        this.theme = theme;
    }

    @FXML
    private void initialize() {
        rulesTable.getColumns().setAll(List.of(Columns.text(Texts.get("tools.rules.column.name"), 160, Rule::name),
                Columns.text(Texts.get("tools.rules.column.enabled"), 70,
                        r -> Texts.get(r.enabled() ? "tools.rules.yes" : "tools.rules.no")),
                Columns.text(Texts.get("tools.rules.column.match"), 300, RuleSummary::match),
                Columns.text(Texts.get("tools.rules.column.actions"), 320, RuleSummary::actions)));
        rulesTable.setItems(vm.rules());
        rulesTable.setPlaceholder(new Label(Texts.get("tools.rules.empty")));
        rulesTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        var none = rulesTable.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        reportTable.getColumns().setAll(List.of(
                Columns.text(Texts.get("tools.rules.column.channel"), 200, (RuleReport.Placement p) -> p.channel().name()),
                Columns.text(Texts.get("tools.rules.column.placedAs"), 200, RuleReport.Placement::name),
                Columns.text(Texts.get("tools.rules.column.group"), 140, RuleReport.Placement::group),
                Columns.text(Texts.get("tools.rules.column.number"), 70, p -> p.number() == null ? "" : p.number().toString()),
                Columns.text(Texts.get("tools.rules.column.hidden"), 60,
                        p -> p.hidden() ? Texts.get("tools.rules.yes") : ""),
                Columns.text(Texts.get("tools.rules.column.rules"), 200, p -> String.join(", ", p.rules()))));
        reportTable.setPlaceholder(new Label(Texts.get("tools.rules.report.empty")));
        reportTitle.textProperty().bind(vm.reportTitleProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.reportProperty().addListener((o, a, r) -> {
            reportTable.getItems().setAll(r == null ? List.of() : r.placed());
            reportNotes.setText(r == null ? "" : notes(r));
        });
    }

    private static String notes(RuleReport r) {
        List<String> lines = new ArrayList<>();
        r.createdGroups().forEach(g -> lines.add(Texts.get("tools.rules.newGroup", g)));
        r.problems().forEach(p -> lines.add(Texts.get("tools.rules.problem", p)));
        return String.join("\n", lines);
    }

    @FXML
    private void add() {
        new RuleDialog(theme, rulesTable.getScene().getWindow(), null).showAndWait().ifPresent(vm::add);
    }

    @FXML
    private void edit() {
        int i = rulesTable.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            new RuleDialog(theme, rulesTable.getScene().getWindow(), vm.rules().get(i)).showAndWait()
                    .ifPresent(r -> vm.replace(i, r));
        }
    }

    @FXML
    private void remove() {
        int i = rulesTable.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            vm.remove(i);
        }
    }

    @FXML private void up() { move(-1); }
    @FXML private void down() { move(1); }

    private void move(int delta) {
        int i = rulesTable.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            rulesTable.getSelectionModel().clearAndSelect(vm.move(i, delta));
        }
    }

    @FXML
    private void importRules() {
        File f = chooser().showOpenDialog(rulesTable.getScene().getWindow());
        if (f != null) {
            vm.importFile(f.toPath());
        }
    }

    @FXML
    private void exportRules() {
        FileChooser c = chooser();
        c.setInitialFileName("rules.json");
        File f = c.showSaveDialog(rulesTable.getScene().getWindow());
        if (f != null) {
            vm.exportFile(f.toPath());
        }
    }

    private static FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.setTitle(Texts.get("tools.rules.file"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("tools.rules.file"), "*.json"));
        return c;
    }

    @FXML private void dryRun() { vm.dryRun(); }
    @FXML private void applyNow() { vm.applyNow(); }
}
