package dev.lineup.ui.tools;

import dev.lineup.layout.Rule;
import dev.lineup.ui.common.Theme;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Add or edit one rule: the Match fields, then the Actions fields. The error under the form updates
 * as the user types (an invalid regex included) and OK stays disabled while there is one.
 */
final class RuleDialog extends Dialog<Rule> {
    private final GridPane grid = new GridPane();
    private int row;

    RuleDialog(Theme theme, Window owner, Rule existing) {
        RuleFormViewModel form = new RuleFormViewModel(existing);
        setTitle(existing == null ? "Add rule" : "Edit rule " + existing.name());
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().getStylesheets().setAll(theme.stylesheets());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        grid.setHgap(8);
        grid.setVgap(6);
        TextField name = field("Name", "ruleName", form.name, "");
        check("ruleEnabled", "Enabled", form.enabled);
        section("Match new channels whose… (empty fields match anything)");
        field("Source is", "ruleSource", form.source, "source name");
        field("Category is", "ruleCategory", form.category, "provider group");
        field("Name contains", "ruleNamePattern", form.namePattern, "regular expression, e.g. ^UK:");
        check("ruleIgnoreCase", "Ignore case (name and rename patterns)", form.ignoreCase);
        field("tvg-id is", "ruleTvgId", form.tvgId, "");
        section("Then…");
        field("Add to group", "ruleGroup", form.group, "created if missing");
        check("ruleHide", "Hide", form.hide);
        field("Rename: find", "ruleRenameFind", form.renameFind, "regular expression");
        field("Rename: replace with", "ruleRenameReplace", form.renameReplace, "$1 for the first group");
        field("Numbers from", "ruleNumberFrom", form.numberFrom, "e.g. 500");
        field("Numbers to", "ruleNumberTo", form.numberTo, "e.g. 599");
        field("Shift guide by (hours)", "ruleShift", form.shiftHours, "e.g. 1 or -0.5");
        Label error = new Label();
        error.setId("ruleError");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.getStyleClass().add("error-title");
        error.textProperty().bind(form.errorProperty());
        grid.add(error, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("ruleOk");
        ok.disableProperty().bind(form.errorProperty().isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? form.rule() : null);
        Platform.runLater(name::requestFocus);
    }

    private TextField field(String label, String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(26);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        grid.addRow(row++, new Label(label), f);
        return f;
    }

    private void check(String id, String text, BooleanProperty value) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        grid.add(c, 1, row++);
    }

    private void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("column-title");
        grid.add(l, 0, row++, 2, 1);
    }
}
