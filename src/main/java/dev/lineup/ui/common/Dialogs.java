package dev.lineup.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Small question dialogs (a name, two texts, a choice, a yes/no). Every field has an id
 * ({@code #dialogField0}, {@code #dialogField1}, {@code #dialogCheck0}…) so tests and screen readers find them.
 */
public final class Dialogs {
    private final Theme theme;
    private Window owner;

    public Dialogs(Theme theme) {
        this.theme = theme;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** The answers to one dialog: the texts and the check boxes, in order. */
    public record Answers(List<String> texts, List<Boolean> checks) {
        public String text(int i) {
            return texts.get(i);
        }

        public boolean check(int i) {
            return checks.get(i);
        }
    }

    public Optional<String> askText(String title, String label, String initial) {
        return ask(title, List.of(label), List.of(initial == null ? "" : initial), List.of()).map(a -> a.text(0));
    }

    /** A secret (a token): typed or pasted into a field that does not show it ({@code #dialogSecret}). */
    public Optional<String> askSecret(String title, String text, String label) {
        Dialog<ButtonType> d = dialog(title);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("dialogSecret");
        field.setPrefColumnCount(32);
        Label explanation = new Label(text);
        explanation.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(explanation, 0, 0, 2, 1);
        grid.addRow(1, new Label(label), field);
        d.getDialogPane().setContent(grid);
        Platform.runLater(field::requestFocus);
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> field.getText()).filter(t -> !t.isBlank());
    }

    /** One text field under a note that explains what changing it does ({@code #dialogNote}). */
    public Optional<String> askText(String title, String note, String label, String initial) {
        return form(title, note, List.of(label), List.of(initial == null ? "" : initial), List.of())
                .map(a -> a.text(0));
    }

    /** A form of labelled text fields and check boxes; empty when cancelled. */
    public Optional<Answers> ask(String title, List<String> labels, List<String> initial, List<String> checks) {
        return form(title, null, labels, initial, checks);
    }

    private Optional<Answers> form(String title, String note, List<String> labels, List<String> initial,
                                   List<String> checks) {
        Dialog<ButtonType> d = dialog(title);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int top = 0;
        if (note != null) {
            Label explanation = new Label(note);
            explanation.setId("dialogNote");
            explanation.setWrapText(true);
            explanation.setMaxWidth(480);
            grid.add(explanation, 0, top++, 2, 1);
        }
        TextField[] fields = new TextField[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            fields[i] = new TextField(initial.get(i));
            fields[i].setId("dialogField" + i);
            fields[i].setPrefColumnCount(24);
            grid.addRow(top + i, new Label(labels.get(i)), fields[i]);
        }
        CheckBox[] boxes = new CheckBox[checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            boxes[i] = new CheckBox(checks.get(i));
            boxes[i].setId("dialogCheck" + i);
            grid.add(boxes[i], 1, top + labels.size() + i);
        }
        d.getDialogPane().setContent(grid);
        if (fields.length > 0) {
            Platform.runLater(fields[0]::requestFocus);
        }
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Answers(
                java.util.Arrays.stream(fields).map(TextField::getText).toList(),
                java.util.Arrays.stream(boxes).map(CheckBox::isSelected).toList()));
    }

    public Optional<String> choose(String title, String label, List<String> choices, String initial) {
        ChoiceDialog<String> d = new ChoiceDialog<>(initial, choices);
        prepare(d, title);
        d.setHeaderText(null);
        d.setContentText(label);
        return d.showAndWait();
    }

    public boolean confirm(String title, String text) {
        Dialog<ButtonType> d = dialog(title);
        Node content = new Label(text);
        d.getDialogPane().setContent(content);
        return d.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> d = new Dialog<>();
        prepare(d, title);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return d;
    }

    /** Gives a dialog built elsewhere the title, owner window and theme every dialog has. */
    public void prepare(Dialog<?> d, String title) {
        d.setTitle(title);
        if (owner != null) {
            d.initOwner(owner);
        }
        d.getDialogPane().getStylesheets().setAll(theme.stylesheets());
    }
}
