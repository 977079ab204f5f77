package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
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
        setTitle(existing == null ? Texts.get("rule.add") : Texts.get("rule.edit", existing.name()));
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().getStylesheets().setAll(theme.stylesheets());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        grid.setHgap(8);
        grid.setVgap(6);
        TextField name = field(Texts.get("rule.ruleName"), "ruleName", form.name, "");
        check("ruleEnabled", Texts.get("rule.ruleEnabled"), form.enabled);
        section(Texts.get("rule.section.match"));
        field(Texts.get("rule.ruleSource"), "ruleSource", form.source, Texts.get("rule.ruleSource.prompt"));
        field(Texts.get("rule.ruleCategory"), "ruleCategory", form.category, Texts.get("rule.ruleCategory.prompt"));
        field(Texts.get("rule.ruleNamePattern"), "ruleNamePattern", form.namePattern, Texts.get("rule.ruleNamePattern.prompt"));
        check("ruleIgnoreCase", Texts.get("rule.ruleIgnoreCase"), form.ignoreCase);
        field(Texts.get("rule.ruleTvgId"), "ruleTvgId", form.tvgId, "");
        section(Texts.get("rule.section.then"));
        field(Texts.get("rule.ruleGroup"), "ruleGroup", form.group, Texts.get("rule.ruleGroup.prompt"));
        check("ruleHide", Texts.get("rule.ruleHide"), form.hide);
        field(Texts.get("rule.ruleRenameFind"), "ruleRenameFind", form.renameFind, Texts.get("rule.ruleRenameFind.prompt"));
        field(Texts.get("rule.ruleRenameReplace"), "ruleRenameReplace", form.renameReplace, Texts.get("rule.ruleRenameReplace.prompt"));
        field(Texts.get("rule.ruleNumberFrom"), "ruleNumberFrom", form.numberFrom, Texts.get("rule.ruleNumberFrom.prompt"));
        field(Texts.get("rule.ruleNumberTo"), "ruleNumberTo", form.numberTo, Texts.get("rule.ruleNumberTo.prompt"));
        field(Texts.get("rule.ruleShift"), "ruleShift", form.shiftHours, Texts.get("rule.ruleShift.prompt"));
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
