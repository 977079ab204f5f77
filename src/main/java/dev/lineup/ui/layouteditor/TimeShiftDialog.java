package dev.lineup.ui.layouteditor;

import dev.lineup.layout.LayoutEdit;
import dev.lineup.layout.LayoutEditException;
import dev.lineup.model.Catchup;
import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.Texts;
import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * "Time shift and catch-up…": sets the guide's time shift and the catch-up players are told about, for
 * the selected channels, a group, every channel of a source or the whole playlist, as one undoable edit.
 * A channel's own setting wins over its group's, a group's over its source's, a source's over the
 * playlist's. Reached from the Channels menu and the context menus of the channel table and group list.
 * Every control has an id ({@code #timingScopeGroup}, {@code #timingHours}, …) for tests and screen readers.
 */
final class TimeShiftDialog {
    private final LayoutEditorViewModel vm;
    private final Dialogs dialogs;

    TimeShiftDialog(LayoutEditorViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    /**
     * Shows the dialog and applies what was chosen; {@code scope} is preselected (the context menu it
     * came from), {@code group} the group it preselects.
     */
    void show(TimingForm.Scope scope, List<String> selectedKeys, String group, List<String> sources) {
        Dialog<ButtonType> d = new Dialog<>();
        dialogs.prepare(d, Texts.get("timing.title"));
        ButtonType apply = new ButtonType(Texts.get("timing.apply"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);

        ToggleGroup scopes = new ToggleGroup();
        RadioButton sel = radio(scopes, Texts.get("timing.scope.selection", selectedKeys.size()), "timingScopeSelection");
        RadioButton grp = radio(scopes, Texts.get("timing.scope.group"), "timingScopeGroup");
        RadioButton src = radio(scopes, Texts.get("timing.scope.source"), "timingScopeSource");
        RadioButton all = radio(scopes, Texts.get("timing.scope.playlist"), "timingScopePlaylist");
        sel.setDisable(selectedKeys.isEmpty());
        ComboBox<String> groupChoice = new ComboBox<>();
        groupChoice.getItems().setAll(vm.groupNames());
        groupChoice.setValue(group != null ? group : vm.groupNames().isEmpty() ? null : vm.groupNames().get(0));
        groupChoice.setId("timingGroup");
        groupChoice.disableProperty().bind(grp.selectedProperty().not());
        ComboBox<String> sourceChoice = new ComboBox<>();
        sourceChoice.getItems().setAll(sources);
        sourceChoice.setValue(sources.isEmpty() ? null : sources.get(0));
        sourceChoice.setId("timingSource");
        sourceChoice.disableProperty().bind(src.selectedProperty().not());
        src.setDisable(sources.isEmpty());
        (switch (scope) {
            case SELECTION -> selectedKeys.isEmpty() ? grp : sel;
            case GROUP -> grp;
            case SOURCE -> sources.isEmpty() ? all : src;
            case PLAYLIST -> all;
        }).setSelected(true);

        ChoiceBox<TimingForm.ShiftChoice> shift = new ChoiceBox<>();
        shift.getItems().setAll(TimingForm.ShiftChoice.values());
        shift.setValue(TimingForm.ShiftChoice.SET);
        shift.setId("timingShiftChoice");
        TextField hours = field("timingHours", Texts.get("timing.hours.prompt"), 6);
        hours.disableProperty().bind(shift.valueProperty().isNotEqualTo(TimingForm.ShiftChoice.SET));

        ChoiceBox<TimingForm.CatchupChoice> catchup = new ChoiceBox<>();
        catchup.getItems().setAll(TimingForm.CatchupChoice.values());
        catchup.setValue(TimingForm.CatchupChoice.KEEP);
        catchup.setId("timingCatchupChoice");
        TextField days = field("timingDays", Texts.get("timing.days"), 4);
        ComboBox<String> type = new ComboBox<>();
        type.getItems().setAll(Catchup.TYPES);
        type.setPromptText(Texts.get("timing.type.prompt"));
        type.setId("timingCatchupType");
        TextField catchupSource = field("timingCatchupSource", Texts.get("timing.catchup-source.prompt"), 24);
        for (var c : List.of(days, type, catchupSource)) {
            c.disableProperty().bind(catchup.valueProperty().isNotEqualTo(TimingForm.CatchupChoice.ON));
        }

        Label rule = new Label(Texts.get("timing.rule"));
        rule.setWrapText(true);
        rule.setMaxWidth(460);
        Label problem = new Label();
        problem.setId("timingProblem");
        problem.getStyleClass().add("problem-indicator");
        problem.setWrapText(true);
        problem.setMaxWidth(460);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(new Label(Texts.get("timing.apply-to")), 0, 0);
        grid.add(sel, 1, 0);
        grid.add(row(grp, groupChoice), 1, 1);
        grid.add(row(src, sourceChoice), 1, 2);
        grid.add(all, 1, 3);
        grid.add(new Label(Texts.get("timing.shift")), 0, 4);
        grid.add(row(shift, hours, new Label(Texts.get("timing.hours"))), 1, 4);
        grid.add(new Label(Texts.get("timing.catchup")), 0, 5);
        grid.add(row(catchup, days, new Label(Texts.get("timing.days")), type), 1, 5);
        grid.add(catchupSource, 1, 6);
        grid.add(rule, 0, 7, 2, 1);
        grid.add(problem, 0, 8, 2, 1);
        d.getDialogPane().setContent(grid);

        LayoutEdit[] chosen = new LayoutEdit[1];
        Button applyButton = (Button) d.getDialogPane().lookupButton(apply);
        applyButton.setId("timingApply");
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            TimingForm.Scope s = sel.isSelected() ? TimingForm.Scope.SELECTION : grp.isSelected()
                    ? TimingForm.Scope.GROUP : src.isSelected() ? TimingForm.Scope.SOURCE : TimingForm.Scope.PLAYLIST;
            try {
                chosen[0] = TimingForm.edit(s, selectedKeys, groupChoice.getValue(), sourceChoice.getValue(),
                        shift.getValue(), hours.getText(), catchup.getValue(), days.getText(), type.getValue(),
                        catchupSource.getText());
            } catch (IllegalArgumentException | LayoutEditException ex) {
                problem.setText(ex.getMessage().endsWith(".") ? ex.getMessage() : capitalized(ex.getMessage()) + ".");
                e.consume(); // the dialog stays open with the answers kept
            }
        });
        Platform.runLater(hours::requestFocus);
        if (d.showAndWait().filter(b -> b == apply).isPresent() && chosen[0] != null) {
            vm.apply(chosen[0]);
        }
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static RadioButton radio(ToggleGroup g, String text, String id) {
        RadioButton r = new RadioButton(text);
        r.setToggleGroup(g);
        r.setId(id);
        return r;
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
